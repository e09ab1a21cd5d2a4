import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests of apps/web against the real API (built by `npm run build`), PostgreSQL and Redis.
 * CHROMIUM_PATH points at a system Chromium (Debian's chromium-headless-shell, which .ci/run installs);
 * unset, Playwright uses its own browser (`npx playwright install chromium` on a machine with internet).
 */
export default defineConfig({
  testDir: 'test/web',
  // `npm run web:screenshots` (SCREENSHOTS=1) also runs the *.shots.ts that write docs/web-*.png.
  testMatch: process.env.SCREENSHOTS === '1' ? '**/*.shots.ts' : '**/*.pw.ts',
  globalSetup: './test/web/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {},
  },
  outputDir: 'test-results',
});
