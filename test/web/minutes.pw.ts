import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { aMeeting } from '../harness/fixtures';
import { aVotingSession, VotingSession } from '../votes/voting-session';
import {
  type ApiClients,
  asTestApp,
  expect,
  expectNoAxeViolations,
  logIn,
  PASSWORD,
  switchToEnglish,
  test,
} from './support/fixtures';

const NAMES = ['Hélène Lefèvre-Dupré', 'François Nœlle', 'Zoé Çelik'];
const QUESTION = 'Adoptez-vous l’avis sur la stratégie ?';

interface HeldMeeting {
  s: VotingSession;
  laterTitle: string;
  secretariatEmail: string;
  memberEmail: string;
}

/**
 * A body of three (the chair, François Nœlle, Zoé Çelik), a meeting held and closed with a show of
 * hands on its item, and a later meeting of the body sitting now, which may approve the minutes.
 */
async function aHeldMeeting(api: ApiClients): Promise<HeldMeeting> {
  const t = asTestApp(api);
  const s = await aVotingSession(t, { size: 3, names: NAMES });
  const poll = await s.anOpenPoll({ method: 'show_of_hands', question: QUESTION });
  const closed = await s.secretariat.post(`/polls/${poll.id}/close`, {
    counts: { yes: 2, no: 1, abstain: 0 },
    chairChoice: 'yes',
  });
  expect(closed.status).toBe(200);
  expect((await t.admin.post(`/meetings/${s.meetingId}/close`, {})).status).toBe(200);

  // The next meeting, two minutes later, convened urgently so that it sits now.
  const later = await aMeeting(t, s.bodyId, 2 / 1440, { title: `Séance suivante ${s.meetingId.slice(0, 6)}` });
  await t.admin.post(`/meetings/${later.id}/agenda/items`, { title: 'Approbation du procès-verbal', kind: 'decision' });
  expect((await t.admin.post(`/meetings/${later.id}/agenda/publish`, {})).status).toBe(201);
  expect((await t.admin.post(`/meetings/${later.id}/convene`, { urgent: true, reason: 'Approbation' })).status).toBe(
    200,
  );
  expect((await t.admin.post(`/meetings/${later.id}/open`, {})).status).toBe(200);

  const tag = s.meetingId.slice(0, 8);
  const secretariatEmail = `secretariat-minutes-${tag}@example.org`;
  const memberEmail = `member-minutes-${tag}@example.org`;
  await t.admin.post('/users', { email: secretariatEmail, password: PASSWORD, role: 'secretariat' });
  await t.admin.post('/users', {
    email: memberEmail,
    password: PASSWORD,
    role: 'member',
    personId: s.members[1].personId,
  });
  return { s, laterTitle: later.title, secretariatEmail, memberEmail };
}

async function aPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, email);
  return page;
}

test.describe('the minutes pages', () => {
  test.setTimeout(180_000);

  test('the secretariat writes and renders the minutes, live; a member downloads them and asks for a dissent, which is recorded; the chair’s meeting approves', async ({
    browser,
    api,
  }) => {
    const { s, laterTitle, secretariatEmail, memberEmail } = await aHeldMeeting(api);
    const staff = await aPage(browser, secretariatEmail);
    await staff.goto(`/app/secretariat/meetings/${s.meetingId}`);
    await staff.getByRole('link', { name: 'Rédiger le procès-verbal' }).click();
    await expect(staff.getByRole('heading', { level: 1, name: /^Procès-verbal — / })).toBeVisible();

    // Beside the record: who attended, and the vote held on the item with its result.
    const item = staff.getByRole('region', { name: '1. Avis sur la stratégie' });
    await expect(item.getByText(QUESTION)).toBeVisible();
    await expect(item.getByText('Pour 2 · Contre 1 · Abstention 0 · 3 bulletins sur 3')).toBeVisible();
    await expect(item.getByText('Adopté', { exact: true })).toBeVisible();
    await expect(staff.getByText('François Nœlle, Hélène Lefèvre-Dupré, Zoé Çelik')).toBeVisible();

    await item
      .getByRole('textbox', { name: 'Résumé des débats' })
      .fill('Le groupe débat de la stratégie « patients partenaires ».');
    await expect(staff.getByText('Modifications non enregistrées.')).toBeVisible();
    await staff.getByRole('button', { name: 'Enregistrer le projet' }).click();
    await expect(staff.getByText('Projet enregistré.')).toBeVisible();

    // Rendered by the real worker; the status turns without reload, in the live region.
    await staff.evaluate(() => ((globalThis as unknown as { loadedOnce: boolean }).loadedOnce = true));
    await staff.getByRole('button', { name: 'Générer une nouvelle version' }).click();
    const live = staff.getByRole('status').filter({ hasText: /^Version 1/ });
    await expect(live).toHaveText(/Version 1\s: rendue \(\d+ pages?\)\./, { timeout: 60_000 });
    const versions = staff.getByRole('table', { name: 'Versions du procès-verbal' });
    await expect(versions.getByRole('row', { name: /^1 Rendue/ })).toContainText(/[0-9a-f]{12}…/);
    expect(await staff.evaluate(() => (globalThis as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);

    // A member reads version 1 and asks for their dissent to be recorded.
    const member = await aPage(browser, memberEmail);
    await member.goto(`/app/meetings/${s.meetingId}`);
    await member.getByRole('link', { name: 'Procès-verbal' }).click();
    const downloading = member.waitForEvent('download');
    await member.getByRole('button', { name: 'Télécharger la version 1 (PDF)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^minutes-votes-.*-v1\.pdf$/);
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await member.getByRole('button', { name: /Point de l’ordre du jour/ }).click();
    await member.getByRole('option', { name: '1. Avis sur la stratégie' }).click();
    await member.getByLabel('Votre opinion').fill('Je vote contre : les aidants sont oubliés.');
    await member.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(member.getByText('Demande envoyée au secrétariat.')).toBeVisible();
    await expect(member.getByText('En attente')).toBeVisible();

    // The secretariat records it under the item, saves, renders version 2 and approves it.
    await staff.reload();
    await staff.getByRole('button', { name: 'Consigner l’opinion de François Nœlle' }).click();
    await expect(item.getByText('Opinion de François Nœlle')).toBeVisible();
    await staff.getByRole('button', { name: 'Générer une nouvelle version' }).click();
    await expect(staff.getByRole('status').filter({ hasText: /^Version 2/ })).toHaveText(/rendue/, { timeout: 60_000 });
    const approve = staff.getByRole('button', { name: 'Approuver la version 2' });
    await expect(approve).toBeDisabled();
    await expect(staff.getByText('Choisissez la réunion qui approuve.')).toBeVisible();
    await staff.getByRole('button', { name: /Réunion qui approuve/ }).click();
    await staff.getByRole('option', { name: new RegExp(`^${laterTitle}`) }).click();
    await approve.click();
    await expect(staff.getByText('Version 2 approuvée.')).toBeVisible();
    await expect(staff.getByText('La version 2 est approuvée : le procès-verbal est figé.').first()).toBeVisible();
    await expect(staff.getByRole('button', { name: 'Générer une nouvelle version' })).toBeDisabled();

    // The member sees the request recorded and the approved version to download.
    await member.reload();
    await expect(member.getByText('Consignée au procès-verbal')).toBeVisible();
    await expect(member.getByRole('row', { name: /^2 Approuvée/ })).toBeVisible();
    const approvedDownload = member.waitForEvent('download');
    await member.getByRole('button', { name: 'Télécharger la version 2 (PDF)' }).click();
    expect((await approvedDownload).suggestedFilename()).toMatch(/-v2\.pdf$/);
  });

  test('the drafting and reading pages have no axe violation, in French and in English', async ({ browser, api }) => {
    const { s, secretariatEmail, memberEmail } = await aHeldMeeting(api);
    const staff = await aPage(browser, secretariatEmail);
    await staff.goto(`/app/secretariat/meetings/${s.meetingId}/minutes`);
    await expect(staff.getByText(QUESTION)).toBeVisible();
    await expectNoAxeViolations(staff);
    await switchToEnglish(staff);
    await expect(staff.getByRole('button', { name: 'Save the draft' })).toBeVisible();
    await expectNoAxeViolations(staff);

    const member = await aPage(browser, memberEmail);
    await member.goto(`/app/meetings/${s.meetingId}/minutes`);
    await expect(
      member.getByRole('heading', { name: 'Demander que mon opinion divergente soit consignée' }),
    ).toBeVisible();
    await expectNoAxeViolations(member);
    await switchToEnglish(member);
    await expect(member.getByRole('heading', { name: 'Ask for my dissent to be recorded' })).toBeVisible();
    await expectNoAxeViolations(member);
  });

  test('the secretariat adds, edits and removes the actions decided, saved with the draft; a refused field says why beside it', async ({
    browser,
    api,
  }) => {
    const t = asTestApp(api);
    const s = await aVotingSession(t, { size: 3 });
    const email = `secretariat-actions-${s.meetingId.slice(0, 8)}@example.org`;
    await t.admin.post('/users', { email, password: PASSWORD, role: 'secretariat' });
    const staff = await aPage(browser, email);
    await staff.goto(`/app/secretariat/meetings/${s.meetingId}/minutes`);
    const actions = staff.getByRole('region', { name: 'Actions décidées' });
    await expect(actions.getByText('Aucune action consignée.')).toBeVisible();

    // Added from the keyboard: the new action takes the focus, Tab moves from field to field.
    await actions.getByRole('button', { name: 'Ajouter une action' }).press('Enter');
    const first = actions.getByRole('group', { name: 'Action 1' });
    await expect(first.getByLabel('Ce qui est à faire')).toBeFocused();
    await staff.keyboard.type('Diffuser la charte aux associations');
    await staff.keyboard.press('Tab');
    await expect(first.getByLabel('Qui en est chargé')).toBeFocused();
    await staff.keyboard.type('Secrétariat du GRAM');
    await first.getByLabel('Échéance').fill('2027-06-30');
    await actions.getByRole('button', { name: 'Ajouter une action' }).click();
    const second = actions.getByRole('group', { name: 'Action 2' });
    await second.getByLabel('Ce qui est à faire').fill('   ');
    await second.getByLabel('Qui en est chargé').fill('Direction générale');

    // A title of blanks passes the browser but not the API: its refusal shows under that title.
    await staff.getByRole('button', { name: 'Enregistrer le projet' }).click();
    const title2 = second.getByLabel('Ce qui est à faire');
    await expect(title2).toHaveAttribute('aria-invalid', 'true');
    await expect(second.getByText('Écrivez ce qui est à faire.')).toBeVisible();
    await expectNoAxeViolations(staff);
    await title2.fill('Répondre au GRAM sur la charte');
    await second.getByText('Confidentielle (omise de la copie publique)').click();
    await staff.getByRole('button', { name: 'Enregistrer le projet' }).click();
    await expect(staff.getByRole('status').filter({ hasText: /^Projet enregistré\.$/ })).toBeVisible();

    await staff.reload();
    await expect(first.getByLabel('Ce qui est à faire')).toHaveValue('Diffuser la charte aux associations');
    await expect(first.getByLabel('Échéance')).toHaveValue('2027-06-30');
    await expect(second.getByLabel('Qui en est chargé')).toHaveValue('Direction générale');
    await expect(second.getByRole('checkbox')).toBeChecked();

    // Edit the first, remove the second, save: what the API keeps is what the page shows.
    await first.getByLabel('Ce qui est à faire').fill('Diffuser la charte révisée aux associations');
    await actions.getByRole('button', { name: 'Retirer l’action 2 : Répondre au GRAM sur la charte' }).click();
    await expect(actions.getByRole('button', { name: 'Ajouter une action' })).toBeFocused();
    await expect(second).toHaveCount(0);
    await staff.getByRole('button', { name: 'Enregistrer le projet' }).click();
    await expect(staff.getByRole('status').filter({ hasText: /^Projet enregistré\.$/ })).toBeVisible();
    await staff.reload();
    await expect(first.getByLabel('Ce qui est à faire')).toHaveValue('Diffuser la charte révisée aux associations');
    await expect(second).toHaveCount(0);
    const draft = await s.secretariat.get(`/meetings/${s.meetingId}/minutes/draft`);
    expect(draft.body.actions).toEqual([
      {
        title: 'Diffuser la charte révisée aux associations',
        assignee: 'Secrétariat du GRAM',
        dueDate: '2027-06-30',
        private: false,
      },
    ]);

    await expectNoAxeViolations(staff);
    await switchToEnglish(staff);
    await expect(staff.getByRole('region', { name: 'Actions decided' }).getByLabel('What is to be done')).toHaveValue(
      'Diffuser la charte révisée aux associations',
    );
    await expectNoAxeViolations(staff);
  });
});
