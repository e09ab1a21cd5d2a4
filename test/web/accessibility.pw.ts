import type { Page } from '@playwright/test';
import { aUserWithRole } from '../harness/fixtures';
import { asTestApp, expect, expectNoAxeViolations, logIn, switchToEnglish, test } from './support/fixtures';
import { aMeetingScenario } from './support/scenario';

/**
 * Visits each page, waits for its heading, checks that it refused nothing (no alert: every page is
 * opened with data the user may read), and runs axe; then the same in English.
 */
async function checkPages(page: Page, paths: string[]): Promise<void> {
  for (const language of ['fr', 'en'] as const) {
    if (language === 'en') await switchToEnglish(page);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^(Chargement|Loading)/ })).toHaveCount(0);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expectNoAxeViolations(page);
    }
  }
}

test.describe('axe-core finds no violation, in French and in English', () => {
  // Each test walks a role's every page twice (French, English).
  test.describe.configure({ timeout: 120_000 });

  test('on every page a member sees', async ({ page, api }) => {
    const scenario = await aMeetingScenario(api);
    await logIn(page, scenario.member.email);
    await checkPages(page, [
      '/app/meetings',
      `/app/meetings/${scenario.meetingId}`,
      '/app/bodies',
      `/app/bodies/${scenario.bodyId}`,
      `/app/bodies/${scenario.bodyId}/proposals`,
      '/app/minutes',
      '/app/recommendations',
      '/app/account',
      '/app/no-such-page',
    ]);
  });

  test('on every page the secretariat sees', async ({ page, api }) => {
    const scenario = await aMeetingScenario(api);
    await logIn(page, scenario.secretariat.email);
    await checkPages(page, [
      '/app/meetings',
      `/app/meetings/${scenario.meetingId}`,
      '/app/board',
      `/app/meetings/${scenario.meetingId}/board`,
      '/app/bodies',
      `/app/bodies/${scenario.bodyId}`,
      '/app/account',
    ]);
  });

  for (const role of ['direction', 'admin'] as const) {
    test(`on every page the ${role} sees`, async ({ page, api }) => {
      const scenario = await aMeetingScenario(api);
      const user = await aUserWithRole(asTestApp(api), role);
      await logIn(page, user.email);
      await checkPages(page, [
        '/app/meetings',
        `/app/meetings/${scenario.meetingId}`,
        ...(role === 'admin' ? [`/app/meetings/${scenario.meetingId}/board`] : []),
        '/app/bodies',
        `/app/bodies/${scenario.bodyId}`,
        '/app/account',
      ]);
    });
  }
});
