import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { aUserWithRole } from '../harness/fixtures';
import type { TestApp } from '../harness/test-app';
import { anAdoptedProposal } from '../recommendations/adoption';
import { aVotingSession, type VotingSession } from '../votes/voting-session';
import { asTestApp, expect, expectNoAxeViolations, logIn, PASSWORD, switchToEnglish, test } from './support/fixtures';

/** Two recommendations voted in one session: their ids, by title. */
async function twoRecommendations(t: TestApp, s: VotingSession, titles: [string, string]) {
  const ids: string[] = [];
  for (const title of titles) {
    const { proposalId } = await anAdoptedProposal(s, title);
    const listed = await s.secretariat.get(`/recommendations?bodyId=${s.bodyId}`);
    ids.push(listed.body.find((r: { proposalId: string }) => r.proposalId === proposalId).id);
  }
  return ids;
}

/** The figure shown for a status in the dashboard's counts. */
async function countOf(page: Page, status: string): Promise<number> {
  const item = page
    .getByRole('list', { name: 'Recommandations par statut' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^\\d+${status}$`) });
  return Number((await item.textContent())!.replace(status, ''));
}

/** The chart's figure for this quarter and a status, read from its table (the chart's text alternative). */
async function chartFigure(page: Page, status: string): Promise<number> {
  const now = new Date();
  const quarter = `T${Math.floor(now.getMonth() / 3) + 1} ${now.getFullYear()}`;
  const table = page.getByRole('table', { name: 'Réponses par trimestre et délai médian de première réponse' });
  const headers = await table.getByRole('columnheader').allTextContents();
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: quarter, exact: true }) });
  if ((await row.count()) === 0) return 0;
  return Number(
    await row
      .getByRole('cell')
      .nth(headers.indexOf(status) - 1)
      .textContent(),
  );
}

test.describe('recommendations follow-up', () => {
  test.setTimeout(120_000);

  test('the DG answers a recommendation from its dashboard; counts, chart and lists follow without reload', async ({
    page,
    api,
  }, testInfo) => {
    const t = asTestApp(api);
    const s = await aVotingSession(t, { size: 4 });
    const suffix = randomUUID().slice(0, 6);
    const [first, second] = await twoRecommendations(t, s, [
      `Associer les associations aux appels à projets ${suffix}`,
      `Former les chercheurs à l’accueil des patients ${suffix}`,
    ]);
    for (const id of [first, second]) await s.secretariat.post(`/recommendations/${id}/transmit`, {});
    const dg = await aUserWithRole(t, 'direction');
    const earlier = await dg.http.post(`/recommendations/${second}/responses`, {
      status: 'accepted',
      text: 'Retenue : un module de formation sera proposé.',
      owner: 'Département de la formation',
    });
    expect(earlier.status).toBe(201);

    await logIn(page, dg.email);
    await expect(page.getByRole('heading', { level: 1, name: 'Suivi des recommandations' })).toBeVisible();
    await page.getByText('Voir les chiffres sous forme de tableau').click();
    const before = { count: await countOf(page, 'À l’étude'), chart: await chartFigure(page, 'À l’étude') };
    expect(await chartFigure(page, 'Acceptée')).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole('img', { name: /Réponses de la direction générale par trimestre/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.evaluate(() => Object.assign(globalThis, { samePage: true }));

    await page.getByRole('link', { name: `Associer les associations aux appels à projets ${suffix}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Associer les associations/ })).toBeVisible();
    const history = page.getByRole('list', { name: 'Historique' });
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expect(history).toContainText('par le secrétariat');
    await expectNoAxeViolations(page);

    // Only the statuses the recommendation allows now are offered.
    await page.getByRole('button', { name: /Nouveau statut/ }).click();
    await expect(page.getByRole('option')).toHaveText(['À l’étude', 'Acceptée', 'Partiellement acceptée', 'Refusée']);
    await page.getByRole('option', { name: 'À l’étude' }).click();
    await page.getByLabel('Réponse', { exact: true }).fill('À l’étude avec le département des partenariats.');
    await page.getByLabel('Département responsable').fill('Département des partenariats');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Échéance').fill(yesterday);
    await page.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await expect(page.getByRole('status')).toContainText('Réponse enregistrée');
    await expect(history.getByRole('listitem')).toHaveCount(2);
    await expect(history.getByRole('listitem').nth(1)).toContainText('À l’étude');
    await expect(history.getByRole('listitem').nth(1)).toContainText('par la direction générale');
    await expect(history.getByRole('listitem').nth(1)).toContainText('responsable : Département des partenariats');
    await page.screenshot({ path: testInfo.outputPath('recommendation.png'), fullPage: true });

    await page.getByRole('link', { name: 'Retour aux recommandations' }).click();
    await page.getByText('Voir les chiffres sous forme de tableau').click();
    await expect.poll(() => countOf(page, 'À l’étude')).toBe(before.count + 1);
    await expect.poll(() => chartFigure(page, 'À l’étude')).toBe(before.chart + 1);
    const overdue = page.getByRole('table', { name: 'Échéance passée, ni mises en œuvre ni refusées' });
    await expect(
      overdue.getByRole('row', { name: new RegExp(`Associer les associations aux appels à projets ${suffix}`) }),
    ).toContainText('En retard');
    expect(await page.evaluate(() => (globalThis as unknown as { samePage?: boolean }).samePage)).toBe(true);
    // For a person to look at (test-results/): the dashboard after the answer.
    await page.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: true });
    const body = (await t.admin.get(`/bodies/${s.bodyId}`)).body;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Exporter en CSV — ${body.name}` }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect((await download).suggestedFilename()).toBe(`recommandations-${body.slug}.csv`);
    expect(csv).toContain(`Associer les associations aux appels à projets ${suffix}`);
    expect(csv).toContain('Département des partenariats');

    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Recommendations follow-up' })).toBeVisible();
    await page.getByText('Show the figures as a table').click();
    await expectNoAxeViolations(page);
    await page
      .getByRole('link', { name: `Associer les associations aux appels à projets ${suffix}` })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'History' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the secretariat transmits from the list, a member follows up, and anyone reads the public page', async ({
    page,
    browser,
    api,
  }, testInfo) => {
    const t = asTestApp(api);
    const s = await aVotingSession(t, { size: 4 });
    const suffix = randomUUID().slice(0, 6);
    const bodyName = `Groupe de réflexion ${suffix}`;
    await t.admin.patch(`/bodies/${s.bodyId}`, { name: bodyName });
    const [toSend, answered] = await twoRecommendations(t, s, [
      `Publier les avis en facile à lire ${suffix}`,
      `Ouvrir les comités aux associations ${suffix}`,
    ]);
    await s.secretariat.post(`/recommendations/${answered}/transmit`, {});
    const dg = await aUserWithRole(t, 'direction');
    await dg.http.post(`/recommendations/${answered}/responses`, {
      status: 'partially_accepted',
      text: 'Deux comités sur trois seront ouverts.',
      owner: 'Direction de la recherche',
    });

    const secretariat = await aUserWithRole(t, 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto('/app/recommendations');
    await page
      .getByRole('button', {
        name: `Transmettre « Publier les avis en facile à lire ${suffix} » à la direction générale`,
      })
      .click();
    await expect(page.getByRole('status')).toContainText('a été transmise à la direction générale');
    const row = page.getByRole('row', { name: new RegExp(`Publier les avis en facile à lire ${suffix}`) });
    await expect(row).toContainText('Transmise à la DG');
    expect((await s.secretariat.get(`/recommendations/${toSend}`)).body.status).toBe('transmitted');

    const memberEmail = `member-${suffix}@example.org`;
    await t.admin.post('/users', {
      email: memberEmail,
      password: PASSWORD,
      role: 'member',
      personId: s.members[1].personId,
    });
    const member = await (await browser.newContext()).newPage();
    await logIn(member, memberEmail);
    await member.getByRole('navigation').getByRole('link', { name: 'Recommandations' }).click();
    await expect(member.getByRole('heading', { level: 2, name: bodyName })).toBeVisible();
    const followed = member.getByRole('row', { name: new RegExp(`Ouvrir les comités aux associations ${suffix}`) });
    await expect(followed).toContainText('Partiellement acceptée');
    await expect(followed).toContainText('Deux comités sur trois seront ouverts.');
    await expect(member.getByRole('button', { name: /Transmettre/ })).toHaveCount(0);
    await expectNoAxeViolations(member);
    await member.screenshot({ path: testInfo.outputPath('member.png'), fullPage: true });
    await switchToEnglish(member);
    await expect(member.getByRole('heading', { level: 1, name: 'Recommendations' })).toBeVisible();
    await expectNoAxeViolations(member);

    // No login at all: a fresh browser context, straight to the public page.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/app/public/bodies/${s.bodyId}`);
    await expect(visitor.getByRole('heading', { level: 1, name: bodyName })).toBeVisible();
    await expect(visitor.getByRole('table', { name: /^Membres au/ }).getByRole('row')).toHaveCount(5);
    const publicRow = visitor.getByRole('row', { name: new RegExp(`Ouvrir les comités aux associations ${suffix}`) });
    await expect(publicRow).toContainText('Partiellement acceptée');
    await expect(publicRow).toContainText('Direction de la recherche');
    await expect(visitor.getByRole('table', { name: /^Séances/ })).toContainText('Pas encore approuvé');
    await expect(visitor.getByRole('navigation', { name: 'Menu principal' })).toHaveCount(0);
    await expectNoAxeViolations(visitor);
    await visitor.screenshot({ path: testInfo.outputPath('public.png'), fullPage: true });
    await switchToEnglish(visitor);
    await expect(visitor.getByRole('heading', { level: 2, name: 'Composition' })).toBeVisible();
    await expect(publicRow).toContainText('Partially accepted');
    await expectNoAxeViolations(visitor);
  });
});
