import { execFileSync } from 'node:child_process';
import { expect, logIn, test } from './support/fixtures';
import { aMeetingScenario } from './support/scenario';

test('a member prints the meeting page: the details and the agenda on paper, without the menu or the forms', async ({
  page,
  api,
}, testInfo) => {
  const scenario = await aMeetingScenario(api);
  await logIn(page, scenario.member.email);
  await page.goto(`/app/meetings/${scenario.meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: scenario.meetingTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Demander l’inscription d’un point' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Demander l’inscription d’un point' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Ordre du jour' })).toBeVisible();

  // What the printer gets, read back from the PDF Chromium prints.
  const pdf = testInfo.outputPath('meeting.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain(scenario.meetingTitle);
  expect(text).toContain('Avis sur la stratégie');
  for (const absent of ['Mes séances', 'Se déconnecter', 'Envoyer la demande au secrétariat', 'Excuser mon absence']) {
    expect(text).not.toContain(absent);
  }
});
