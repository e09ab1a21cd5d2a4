import { aVotingSession } from '../votes/voting-session';
import { asTestApp, expect, expectNoAxeViolations, logIn, PASSWORD, switchToEnglish, test } from './support/fixtures';

test.describe('proposals', () => {
  test.setTimeout(120_000);

  test('a member drafts a proposal and an amendment, submits them, and the page has no axe violation in French and English', async ({
    page,
    api,
  }) => {
    const t = asTestApp(api);
    const s = await aVotingSession(t, { size: 2, open: false });
    const email = `author-${s.bodyId.slice(0, 8)}@example.org`;
    await t.admin.post('/users', { email, password: PASSWORD, role: 'member', personId: s.members[1].personId });
    await logIn(page, email);
    await page.goto(`/app/bodies/${s.bodyId}/proposals`);
    await expect(page.getByText('Aucune proposition.')).toBeVisible();

    await page.getByLabel('Titre').fill('Associer les associations aux appels à projets');
    await page.getByLabel('Texte').fill('Le GRAM propose que les associations siègent aux comités de sélection.');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect(page.getByRole('status')).toContainText('Brouillon enregistré');
    await page.getByRole('button', { name: 'Déposer « Associer les associations aux appels à projets »' }).click();
    await expect(page.getByText('Déposée · version 1')).toBeVisible();

    await page.getByLabel('Titre').fill('Ajouter les chercheurs');
    await page.getByLabel('Texte').fill('Après « associations », ajouter « et les chercheurs ».');
    await page.getByRole('button', { name: /Amendement à/ }).click();
    await page.getByRole('option', { name: 'Associer les associations aux appels à projets' }).click();
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect(page.getByRole('heading', { name: 'Amendements', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Déposer « Ajouter les chercheurs »' }).click();
    await expect(page.getByText('Déposée · version 1')).toHaveCount(2);

    const stored = (await t.admin.get(`/bodies/${s.bodyId}/proposals`)).body;
    expect(stored.map((p: { status: string; parentId: string | null }) => [p.status, p.parentId !== null])).toEqual([
      ['submitted', false],
      ['submitted', true],
    ]);
    await expectNoAxeViolations(page);
    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Proposals' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
