/* global process, console */
// `npm test` calls this before the browser tests. With CHROMIUM_PATH set (as .ci/run sets it to Debian's
// chromium-headless-shell), Playwright launches that browser and there is nothing to do. Without it,
// Playwright launches its own Chromium: if that is not installed yet, as on a fresh machine, this downloads
// it (`playwright install chromium`, which needs the internet). `--dry-run` says what it would download.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const dryRun = process.argv.includes('--dry-run');

if (process.env.CHROMIUM_PATH) {
  console.log(`[browser] the browser tests use CHROMIUM_PATH (${process.env.CHROMIUM_PATH})`);
} else if (await launches()) {
  console.log("[browser] the browser tests use Playwright's own Chromium");
} else {
  console.log("[browser] Playwright's Chromium is not installed and CHROMIUM_PATH is not set: installing it");
  const args = ['install', ...(dryRun ? ['--dry-run'] : []), 'chromium'];
  execFileSync(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** Whether Playwright's own Chromium starts; false only when its executable is missing. */
async function launches() {
  try {
    await (await chromium.launch()).close();
    return true;
  } catch (error) {
    if (/Executable doesn't exist/i.test(String(error?.message))) return false;
    throw error;
  }
}
