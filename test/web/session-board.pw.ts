import { expect, logIn, rollRow, test } from './support/fixtures';
import { aMeetingScenario } from './support/scenario';

test('the secretariat takes the roll on the session board, opens the meeting and closes it', async ({ page, api }) => {
  const scenario = await aMeetingScenario(api, { startsSoon: true });
  await logIn(page, scenario.secretariat.email);
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Tableau de séance' })
    .click();
  // The home page also links the meeting (to its own page): wait until the menu has led to the boards.
  await expect(page.getByRole('heading', { level: 1, name: 'Tableaux de séance' })).toBeVisible();
  await page.getByRole('link', { name: scenario.meetingTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tableau de séance — ${scenario.meetingTitle}`);
  const gauge = page.getByRole('status').filter({ hasText: /Quorum/ });
  await expect(gauge).toContainText('Quorum non atteint');

  await rollRow(page, 'Claire Petit')
    .getByRole('button', { name: /Présence de Claire Petit/ })
    .click();
  await page.getByRole('option', { name: 'À distance' }).click();
  await expect(gauge).toContainText('Quorum atteint');
  await expect(page.getByRole('region', { name: 'Quorum' }).getByRole('definition').nth(1)).toHaveText('2');
  const recorded = await api.admin.get(`/meetings/${scenario.meetingId}/attendance`);
  expect(recorded.body.members.find((m: { fullName: string }) => m.fullName === 'Claire Petit').status).toBe('remote');

  await page.getByRole('button', { name: 'Ouvrir la séance' }).click();
  await expect(page.getByText('En cours', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Clore la séance' }).click();
  await expect(page.getByText('Close', { exact: true })).toBeVisible();
  // A closed meeting's roll is a record: no more fields to change it.
  await expect(rollRow(page, 'Claire Petit')).toContainText('À distance');
  await expect(page.getByRole('button', { name: /Présence de/ })).toHaveCount(0);
});
