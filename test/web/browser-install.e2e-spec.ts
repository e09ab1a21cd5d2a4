import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const SCRIPT = join(__dirname, '../../scripts/ensure-browser.mjs');

/** Runs the step `npm test` takes before the browser tests, with Playwright's browsers kept in `browsers`. */
async function ensureBrowser(browsers: string, chromiumPath: string | undefined): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsers };
  delete env.CHROMIUM_PATH;
  if (chromiumPath) env.CHROMIUM_PATH = chromiumPath;
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, '--dry-run'], { env });
  return stdout;
}

describe('the browser the browser tests use', () => {
  let browsers: string;
  beforeEach(() => {
    browsers = mkdtempSync(join(tmpdir(), 'quorum-browsers-'));
  });
  afterEach(() => rmSync(browsers, { recursive: true, force: true }));

  it("downloads Playwright's own Chromium on a fresh machine where CHROMIUM_PATH is not set", async () => {
    const said = await ensureBrowser(browsers, undefined);
    expect(said).toContain('installing it');
    // The dry run names what `playwright install chromium` downloads, and where.
    expect(said).toMatch(/Chrome Headless Shell [\d.]+/);
    expect(said).toContain(`Install location:    ${join(browsers, 'chromium_headless_shell-')}`);
    expect(said).toMatch(/Download url:\s+https:\/\//);
  });

  it('downloads nothing when CHROMIUM_PATH names a system browser', async () => {
    const said = await ensureBrowser(browsers, '/usr/lib/chromium/chromium-headless-shell');
    expect(said).toContain('use CHROMIUM_PATH (/usr/lib/chromium/chromium-headless-shell)');
    expect(said).not.toContain('Install location');
  });
});
