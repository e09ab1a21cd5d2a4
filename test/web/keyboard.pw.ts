import type { Locator, Page } from '@playwright/test';
import { expect, PASSWORD, test } from './support/fixtures';
import { aMeetingScenario } from './support/scenario';

interface PageWindow {
  pointerEvents: number;
  addEventListener(type: string, listener: (event: { detail: number }) => unknown, capture: boolean): void;
}

/** Presses Tab until the target has the focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('the member flow works with the keyboard alone, without a single mouse event', async ({ page, api }) => {
  const scenario = await aMeetingScenario(api);
  // Counts every pointer event the page receives: the test must end with none.
  // (A keyboard-made click has detail 0.) The page's window is typed here without the DOM library.
  await page.addInitScript(() => {
    const w = globalThis as unknown as PageWindow;
    w.pointerEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup']) {
      w.addEventListener(type, (event) => event.detail > 0 && w.pointerEvents++, true);
    }
  });

  await page.goto('/app/login');
  await tabTo(page, page.getByRole('link', { name: 'Aller au contenu' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Adresse électronique'));
  await page.keyboard.type(scenario.member.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes séances' })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: scenario.meetingTitle }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: scenario.meetingTitle })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ordre du jour' })).toContainText('Avis sur la stratégie');

  await tabTo(page, page.getByRole('button', { name: /Donner ma procuration à/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  // Typeahead, as in a native select: typing a name moves to it.
  await page.keyboard.type('Bernard');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Donner ma procuration à/ })).toContainText('Bernard Durand');
  await tabTo(page, page.getByRole('button', { name: 'Excuser mon absence' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(
    'C’est enregistré : votre absence est excusée et Bernard Durand vous représentera.',
  );

  const sheet = await scenario.secretariat.http.get(`/meetings/${scenario.meetingId}/attendance`);
  const camille = sheet.body.members.find(
    (m: { membershipId: string }) => m.membershipId === scenario.member.membershipId,
  );
  expect(camille).toMatchObject({ status: 'excused', proxyHolderMembershipId: scenario.colleagues['Bernard Durand'] });
  expect(await page.evaluate(() => (globalThis as unknown as PageWindow).pointerEvents)).toBe(0);
});
