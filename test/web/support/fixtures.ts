import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test as base } from '@playwright/test';
import { HttpClient } from '../../harness/http-client';
import type { TestApp } from '../../harness/test-app';
import { DEVELOPMENT_ADMIN } from './servers';

/** What the API fixtures of test/harness/fixtures.ts need: an anonymous and an admin client. */
export type ApiClients = Pick<TestApp, 'http' | 'admin'>;

export const PASSWORD = 'correct horse battery staple';

export const test = base.extend<object, { api: ApiClients }>({
  api: [
    // Playwright reads a fixture's dependencies from its destructuring pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const http = new HttpClient(apiUrl());
      const login = await http.post('/auth/login', DEVELOPMENT_ADMIN);
      if (login.status !== 200) throw new Error(`The bootstrap admin could not log in: ${login.text}`);
      await use({ http, admin: http.as(login.body.accessToken) });
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(apiUrl()),
});
export { expect };

function apiUrl(): string {
  const url = process.env.QUORUM_WEB_URL;
  if (!url) throw new Error('QUORUM_WEB_URL is unset: run the browser tests with `npx playwright test`');
  return url;
}

/** The harness fixtures take a TestApp; over HTTP they only use its two clients. */
export function asTestApp(api: ApiClients): TestApp {
  return api as TestApp;
}

/** Logs in through the form, as a person would. */
export async function logIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/app/login');
  await page.getByLabel(/Adresse électronique|Email address/).fill(email);
  await page.getByLabel(/Mot de passe|Password/).fill(password);
  await page.getByRole('button', { name: /Se connecter|Log in/ }).click();
  await expect(page.getByRole('navigation', { name: /Menu principal|Main menu/ })).toBeVisible();
}

/** Switches the interface to English through the header's button. */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Changer de langue : English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** axe-core, WCAG 2.1 A and AA rules plus best practices: the page must have no violation at all. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
  expect(summary).toEqual([]);
}

/** A member's row of the session board's roll, found by its header cell (the name comes first). */
export function rollRow(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
}
