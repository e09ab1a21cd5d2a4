import type { Browser, Page } from '@playwright/test';
import { aVotingSession } from '../votes/voting-session';
import { asTestApp, expect, expectNoAxeViolations, logIn, PASSWORD, switchToEnglish, test } from './support/fixtures';
import { DEVELOPMENT_ADMIN } from './support/servers';

const PHONE = { width: 390, height: 844 };

async function aPage(browser: Browser, email: string, password = PASSWORD, viewport?: typeof PHONE): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  await logIn(page, email, password);
  return page;
}

test.describe('voting in session', () => {
  test.setTimeout(180_000);

  test('the secretariat opens a secret poll, three members vote from their phones (one also by proxy), the projection shows 4 ballots then the result without reload', async ({
    browser,
    api,
  }) => {
    const t = asTestApp(api);
    // 0 chair, 1–3 members present, 4 excused with 3's proxy: five may vote, four will.
    const s = await aVotingSession(t, { size: 5, present: 4 });
    await s.record(s.members[4], 'excused', s.members[3]);
    const [representedName] = (await t.admin.get(`/meetings/${s.meetingId}/attendance`)).body.members
      .filter((m: { membershipId: string }) => m.membershipId === s.members[4].membershipId)
      .map((m: { fullName: string }) => m.fullName);
    const emailOf = async (index: number) => {
      const email = `voter-${index}-${s.meetingId.slice(0, 8)}@example.org`;
      const created = await t.admin.post('/users', {
        email,
        password: PASSWORD,
        role: 'member',
        personId: s.members[index].personId,
      });
      expect(created.status).toBe(201);
      return email;
    };
    const secretariatEmail = `secretariat-${s.meetingId.slice(0, 8)}@example.org`;
    await t.admin.post('/users', { email: secretariatEmail, password: PASSWORD, role: 'secretariat' });

    const projection = await aPage(browser, DEVELOPMENT_ADMIN.email, DEVELOPMENT_ADMIN.password);
    await projection.goto(`/app/meetings/${s.meetingId}/projection`);
    await expect(projection.getByText('Aucun vote pour le moment.')).toBeVisible();
    await projection.evaluate(() => ((globalThis as unknown as { loadedOnce: boolean }).loadedOnce = true));

    const members = await Promise.all([1, 2, 3].map(async (i) => aPage(browser, await emailOf(i), PASSWORD, PHONE)));
    for (const page of members) await page.goto(`/app/meetings/${s.meetingId}/vote`);
    await expect(members[0].getByText('Aucun vote n’est ouvert pour le moment.', { exact: false })).toBeVisible();

    const controls = await aPage(browser, secretariatEmail);
    await controls.goto(`/app/meetings/${s.meetingId}/polls`);
    await controls.getByLabel('Question posée').fill('Adoptez-vous l’avis sur la stratégie ?');
    await controls.getByRole('radio', { name: /bulletin secret/ }).check();
    await controls.getByRole('button', { name: 'Préparer le vote' }).click();
    await controls.getByRole('button', { name: 'Ouvrir le vote « Adoptez-vous l’avis sur la stratégie ? »' }).click();

    // Each phone shows the open poll without reload; the proxy holder sees a second, named ballot.
    await members[0].getByRole('button', { name: 'Pour — Votre bulletin' }).click();
    await members[1].getByRole('button', { name: 'Contre — Votre bulletin' }).click();
    const holder = members[2];
    await expect(
      holder.getByRole('heading', { name: `Bulletin de ${representedName} (par procuration)` }),
    ).toBeVisible();
    await holder.getByRole('button', { name: 'Pour — Votre bulletin' }).click();
    await holder.getByRole('button', { name: `Pour — Bulletin de ${representedName} (par procuration)` }).click();
    await expect(holder.getByText('Bulletin enregistré. Il ne peut plus être modifié.')).toHaveCount(2);

    await expect(projection.getByText('4 bulletins reçus sur 5')).toBeVisible();
    await controls.getByRole('button', { name: 'Clore le vote « Adoptez-vous l’avis sur la stratégie ? »' }).click();
    await expect(projection.getByText('Adoptée')).toBeVisible();
    await expect(projection.getByRole('table', { name: 'Résultat du vote' })).toContainText('Pour3');
    expect(await projection.evaluate(() => (globalThis as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
  });

  test('the secretariat records a recusal: the item and the member are chosen in fields that show the choice, and the member may no longer vote on it', async ({
    browser,
    api,
  }) => {
    const t = asTestApp(api);
    const s = await aVotingSession(t, { size: 3, names: ['Alice Chaput', 'Bruno Keller', 'Chloé Nadal'] });
    const staff = await aPage(browser, DEVELOPMENT_ADMIN.email, DEVELOPMENT_ADMIN.password);
    await staff.goto(`/app/meetings/${s.meetingId}/polls`);
    const recusal = staff.getByRole('region', { name: 'Déport (conflit d’intérêts)' });
    const item = recusal.getByRole('radio', { name: 'Avis sur la stratégie' });
    // react-aria draws its own box over the native input: a person clicks the option's text.
    await recusal.getByText('Avis sur la stratégie').click();
    await expect(item).toBeChecked();
    await recusal.getByRole('button', { name: /Membre qui se déporte/ }).click();
    await staff.getByRole('option', { name: 'Bruno Keller' }).click();
    await expect(recusal.getByRole('button', { name: /Membre qui se déporte/ })).toContainText('Bruno Keller');
    await recusal.getByLabel('Motif').fill('Membre du conseil d’une association candidate');
    await recusal.getByRole('button', { name: 'Enregistrer le déport' }).click();
    await expect(recusal.getByText('Déport enregistré.')).toBeVisible();

    const recorded = await t.admin.get(`/agenda-items/${s.itemId}/recusals`);
    expect(recorded.body).toEqual([
      expect.objectContaining({
        membershipId: s.members[1].membershipId,
        reason: 'Membre du conseil d’une association candidate',
      }),
    ]);
    const poll = await s.anOpenPoll({ method: 'secret', question: 'Adoptez-vous ?' });
    const ballot = await s.members[1].http.post(`/polls/${poll.id}/ballots`, { choice: 'yes' });
    expect(ballot.status).toBe(403);
  });

  test('the vote, projection and controls pages have no axe violation, in French and in English', async ({
    browser,
    api,
  }) => {
    const t = asTestApp(api);
    const s = await aVotingSession(t, { size: 3 });
    const email = `member-${s.meetingId.slice(0, 8)}@example.org`;
    await t.admin.post('/users', { email, password: PASSWORD, role: 'member', personId: s.members[1].personId });
    await s.anOpenPoll({ method: 'secret', question: 'Adoptez-vous ?' });

    const member = await aPage(browser, email, PASSWORD, PHONE);
    await member.goto(`/app/meetings/${s.meetingId}/vote`);
    await expect(member.getByRole('heading', { name: 'Adoptez-vous ?' })).toBeVisible();
    await expectNoAxeViolations(member);
    await switchToEnglish(member);
    await expect(member.getByRole('button', { name: 'For — Your ballot' })).toBeVisible();
    await expectNoAxeViolations(member);

    const staff = await aPage(browser, DEVELOPMENT_ADMIN.email, DEVELOPMENT_ADMIN.password);
    for (const path of ['polls', 'projection']) {
      await staff.goto(`/app/meetings/${s.meetingId}/${path}`);
      await expect(staff.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(staff.getByText('Adoptez-vous ?').first()).toBeVisible();
      await expectNoAxeViolations(staff);
    }
    await switchToEnglish(staff);
    for (const path of ['polls', 'projection']) {
      await staff.goto(`/app/meetings/${s.meetingId}/${path}`);
      await expect(staff.getByText('Adoptez-vous ?').first()).toBeVisible();
      await expectNoAxeViolations(staff);
    }
  });
});
