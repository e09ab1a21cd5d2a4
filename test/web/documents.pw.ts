import { readFileSync } from 'node:fs';
import { aPdf, aPng } from '../documents/sample-files';
import { expect, expectNoAxeViolations, logIn, switchToEnglish, test } from './support/fixtures';
import { aBodyOfItsOwn, aMeetingWithPublishedAgenda, aMemberOf } from './support/secretariat';
import { aUserWithRole } from '../harness/fixtures';
import { asTestApp } from './support/fixtures';

test('the secretariat attaches a PDF to an item, and a member downloads it from the published agenda', async ({
  page,
  browser,
  api,
}) => {
  test.slow(); // two people, two browsers, an upload and a download
  const body = await aBodyOfItsOwn(api);
  const meeting = await aMeetingWithPublishedAgenda(api, body.id, ['Bilan du partenariat avec les associations']);
  const member = await aMemberOf(api, body.id);
  const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
  const pdf = await aPdf('Note de cadrage du GRAM');
  const fileName = 'Note de cadrage – Été 2027.pdf';

  await logIn(page, secretariat.email);
  await page.goto(`/app/secretariat/meetings/${meeting.id}`);
  const documents = page.getByRole('region', {
    name: 'Documents du point « Bilan du partenariat avec les associations »',
  });
  await expect(documents).toContainText('Aucun document joint.');
  const chooser = page.waitForEvent('filechooser');
  await documents
    .getByRole('button', { name: 'Joindre un document au point « Bilan du partenariat avec les associations »' })
    .click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
  const size = `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(pdf.length / 1000)} ko`;
  await expect(documents.getByRole('listitem')).toHaveText([new RegExp(`^${fileName} \\(PDF, ${size}\\)\\s*Retirer$`)]);
  await expect(documents.getByRole('status')).toHaveText(
    `« ${fileName} » (PDF, ${size}) est joint au point « Bilan du partenariat avec les associations ».`,
  );
  await expectNoAxeViolations(page);

  // A PNG renamed .pdf is refused, and the page says why.
  const refused = page.waitForEvent('filechooser');
  await documents.getByRole('button', { name: /^Joindre un document/ }).click();
  await (
    await refused
  ).setFiles({ name: 'Faux.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a pdf') });
  await expect(documents.getByRole('alert')).toContainText(
    'Quorum accepte les documents PDF, ODT, DOCX, XLSX, PNG et JPEG',
  );
  await expect(documents.getByRole('listitem')).toHaveCount(1);

  await switchToEnglish(page);
  const english = page.getByRole('region', {
    name: 'Documents of the item “Bilan du partenariat avec les associations”',
  });
  await expect(
    english.getByRole('button', {
      name: `Remove “${fileName}” from the item “Bilan du partenariat avec les associations”`,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const published = await api.admin.post(`/meetings/${meeting.id}/agenda/publish`, {
    changeNote: 'Note de cadrage jointe',
  });
  expect(published.status).toBe(201);

  const memberPage = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await logIn(memberPage, member.email);
  await memberPage.goto(`/app/meetings/${meeting.id}`);
  const link = memberPage.getByRole('link', { name: `${fileName} (PDF, ${size})` });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(memberPage);
  const download = memberPage.waitForEvent('download');
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(fileName);
  expect(readFileSync(await file.path()).equals(pdf)).toBe(true);

  await switchToEnglish(memberPage);
  const englishSize = `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(pdf.length / 1000)} kB`;
  await expect(memberPage.getByRole('link', { name: `${fileName} (PDF, ${englishSize})` })).toBeVisible();
  await expectNoAxeViolations(memberPage);
});

test('the secretariat removes a document attached by mistake', async ({ page, api }) => {
  const body = await aBodyOfItsOwn(api);
  const meeting = await aMeetingWithPublishedAgenda(api, body.id, ['Questions diverses']);
  const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
  await logIn(page, secretariat.email);
  await page.goto(`/app/secretariat/meetings/${meeting.id}`);
  const documents = page.getByRole('region', { name: 'Documents du point « Questions diverses »' });
  const chooser = page.waitForEvent('filechooser');
  await documents.getByRole('button', { name: /^Joindre un document/ }).click();
  await (await chooser).setFiles({ name: 'Schéma.png', mimeType: 'image/png', buffer: aPng() });
  await expect(documents.getByRole('listitem')).toHaveCount(1);
  await documents.getByRole('button', { name: 'Retirer « Schéma.png » du point « Questions diverses »' }).click();
  await expect(documents.getByRole('status')).toHaveText('« Schéma.png » est retiré du point.');
  await expect(documents).toContainText('Aucun document joint.');
  const listed = await api.admin.get(`/meetings/${meeting.id}/documents`);
  expect(listed.body).toEqual([]);
});
