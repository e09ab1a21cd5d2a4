import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, logIn, test } from './support/fixtures';
import { aMeetingScenario } from './support/scenario';

/**
 * The screenshots shown in the README (`npm run web:screenshots`): the member's meeting page and the
 * session board, at desktop width, at 360 px and at 200 % zoom (half the width, twice the pixels).
 */
const DOCS = join(__dirname, '../../docs');
const VIEWS = [
  { suffix: '', width: 1280, height: 900, scale: 'css' },
  { suffix: '-360', width: 360, height: 780, scale: 'css' },
  { suffix: '-zoom200', width: 640, height: 900, scale: 'device' },
] as const;

async function shoot(page: Page, name: string, ready: () => Promise<void>) {
  for (const view of VIEWS) {
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.reload();
    await ready();
    await page.screenshot({ path: join(DOCS, `${name}${view.suffix}.png`), fullPage: true, scale: view.scale });
  }
}

test('screenshots of the member’s meeting page and the session board', async ({ browser, api }) => {
  test.setTimeout(120_000);
  const scenario = await aMeetingScenario(api);
  const member = await (await browser.newContext({ deviceScaleFactor: 2 })).newPage();
  await logIn(member, scenario.member.email);
  await member.goto(`/app/meetings/${scenario.meetingId}`);
  await expect(member.getByRole('region', { name: 'Ordre du jour' })).toContainText('Version 2');
  await member.getByRole('button', { name: /Donner ma procuration à/ }).click();
  await member.getByRole('option', { name: /Bernard Durand/ }).click();
  await member.getByRole('button', { name: 'Excuser mon absence' }).click();
  await expect(member.getByRole('status')).toContainText('C’est enregistré');
  await shoot(member, 'web-member-meeting', async () => {
    await expect(member.getByText('Bernard Durand détient votre procuration')).toBeVisible();
  });

  const board = await (await browser.newContext({ deviceScaleFactor: 2 })).newPage();
  await logIn(board, scenario.secretariat.email);
  await board.goto(`/app/meetings/${scenario.meetingId}/board`);
  await shoot(board, 'web-session-board', async () => {
    await expect(board.getByText('Procuration donnée à Bernard Durand')).toBeVisible();
  });
});
