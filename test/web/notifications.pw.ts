import { Client } from 'pg';
import { aPerson, appoint, aUserWithRole } from '../harness/fixtures';
import {
  type ApiClients,
  asTestApp,
  expect,
  expectNoAxeViolations,
  logIn,
  switchToEnglish,
  test,
} from './support/fixtures';
import { aBodyOfItsOwn, aMeetingWithPublishedAgenda } from './support/secretariat';

type Line = { status: string };

const aYearAgo = () => new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);

/** A body of its own with three sitting members (two associations, one researcher). */
async function aBodyOfThree(api: ApiClients) {
  const t = asTestApp(api);
  const body = await aBodyOfItsOwn(api);
  const names = ['Camille Martin', 'Bernard Durand', 'Claire Petit'];
  const people: Record<string, string> = {};
  for (const [i, fullName] of names.entries()) {
    const person = await aPerson(t, { fullName });
    people[fullName] = person.id;
    const seat = await appoint(t, body.id, {
      personId: person.id,
      category: ['association', 'association', 'researcher'][i],
      startDate: aYearAgo(),
    });
    if (seat.status !== 201) throw new Error(`Could not appoint ${fullName}: ${seat.text}`);
  }
  return { body, names, people };
}

test.describe('e-mail preferences on « Mon compte »', () => {
  test('a member opts out of non-essential messages, the choice persists after a reload, and the page has no axe violation in French and English', async ({
    page,
    api,
  }) => {
    const member = await aUserWithRole(asTestApp(api), 'member');
    await logIn(page, member.email);
    await page.goto('/app/account');
    const emails = page.getByRole('region', { name: 'E-mails' });
    await expect(emails).toContainText('Langue des e-mails : français.');
    await expect(emails).toContainText('C’est la langue de votre compte');
    await expect(emails).toContainText('le rappel envoyé deux jours avant chaque séance');
    await expect(emails).toContainText(
      'Les convocations, les changements de date ou de lieu d’une séance et les annulations vous sont toujours envoyés.',
    );
    await expectNoAxeViolations(page);

    const optOut = page.getByRole('checkbox', { name: 'Ne recevoir que les messages indispensables' });
    await expect(optOut).not.toBeChecked();
    await optOut.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    await expect(emails.getByRole('status')).toHaveText(
      'Choix enregistré : vous ne recevrez que les convocations, les changements de séance et les annulations.',
    );
    expect((await member.http.get('/auth/me/preferences')).body).toEqual({ language: 'fr', optOutNonEssential: true });

    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Ne recevoir que les messages indispensables' })).toBeChecked();

    // One setting: the page's language switch also writes the e-mails in English.
    await page.getByRole('main').getByRole('button', { name: 'Changer de langue : English' }).click();
    await expect(page.getByRole('region', { name: 'E-mails' })).toContainText('Language of your e-mails: English.');
    await expect.poll(async () => (await member.http.get('/auth/me/preferences')).body.language).toBe('en');
    await expect(page.getByRole('checkbox', { name: 'Receive only the essential messages' })).toBeChecked();
    await expectNoAxeViolations(page);
  });
});

test.describe('the delivery log on the meeting preparation page', () => {
  test('the secretariat convenes a meeting and sees each convocation listed as sent by the worker, with no axe violation in French and English', async ({
    page,
    api,
  }) => {
    const t = asTestApp(api);
    const { body, names } = await aBodyOfThree(api);
    const meeting = await aMeetingWithPublishedAgenda(api, body.id, ['Avis sur la stratégie']);
    const secretariat = await aUserWithRole(t, 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto(`/app/secretariat/meetings/${meeting.id}`);
    const log = page.getByRole('region', { name: 'Messages envoyés' });
    await expect(log).toContainText('Aucun message envoyé pour cette séance.');

    await page.getByRole('button', { name: 'Convoquer la séance' }).click();
    await expect(page.getByText('Séance convoquée.')).toBeVisible();
    // The outbox relay, the worker's fan-out and each delivery (to .eml files) happen while the page polls.
    await expect(log.getByText('3 envoyés')).toBeVisible({ timeout: 20_000 });
    const table = log.getByRole('table', { name: 'Messages de la séance, par destinataire' });
    for (const name of names) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
      await expect(row.getByRole('cell').nth(0)).toHaveText('Convocation');
      await expect(row.getByRole('cell').nth(1)).toHaveText('Envoyé');
      await expect(row.getByRole('cell').nth(2)).toContainText('Envoyé le');
    }
    await expectNoAxeViolations(page);

    await switchToEnglish(page);
    const logEn = page.getByRole('region', { name: 'Messages sent' });
    await expect(logEn.getByText('3 sent')).toBeVisible();
    await expect(logEn.getByRole('row', { name: /Claire Petit.*Convocation.*Sent/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('refusals in the delivery log', () => {
  test('the secretariat reads which convocation waits for another try, which failed and why, and which may have arrived twice, and sends the failed one again, in French and English', async ({
    page,
    api,
  }) => {
    const { body, people } = await aBodyOfThree(api);
    const meeting = await aMeetingWithPublishedAgenda(api, body.id, ['Avis sur la stratégie']);
    const convened = await api.admin.post(`/meetings/${meeting.id}/convene`, {});
    if (convened.status !== 200) throw new Error(`Could not convene: ${convened.text}`);
    await expect
      .poll(async () => (await api.admin.get(`/meetings/${meeting.id}/notifications`)).body.map((l: Line) => l.status))
      .toEqual(['sent', 'sent', 'sent']);
    // A mail server's refusals cannot be brought about with the .eml outbox: the lines are rewritten as the
    // worker records a temporary refusal, a permanent one, and a sending cut off then resumed.
    const db = new Client({ connectionString: process.env.QUORUM_WEB_DATABASE_URL });
    await db.connect();
    try {
      const record = (name: string, change: string, params: unknown[] = []) =>
        db.query(`UPDATE notifications SET ${change} WHERE meeting_id = $1 AND recipient_name = $2`, [
          meeting.id,
          name,
          ...params,
        ]);
      await record('Camille Martin', `status = 'pending', attempts = 2, sent_at = NULL, error = $3`, [
        '451 4.7.1 Greylisted, try again later',
      ]);
      await record('Bernard Durand', `status = 'failed', sent_at = NULL, error = $3`, [
        '550 5.1.1 Recipient address rejected',
      ]);
      await record('Claire Petit', 'possible_duplicate = true, attempts = 2');
    } finally {
      await db.end();
    }

    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto(`/app/secretariat/meetings/${meeting.id}`);
    const log = page.getByRole('region', { name: 'Messages envoyés' });
    await expect(log).toContainText('1 envoyé, 1 en cours, 1 en échec, 1 peut-être reçu deux fois');
    const table = log.getByRole('table', { name: 'Messages de la séance, par destinataire' });
    const row = (name: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
    await expect(row('Camille Martin').getByRole('cell').nth(1)).toHaveText(
      'Nouvel essaiRefus temporaire du serveur de messagerie, nouvel essai prévu : 451 4.7.1 Greylisted, try again later',
    );
    await expect(row('Bernard Durand').getByRole('cell').nth(1)).toContainText(
      'ÉchecRefusé définitivement par le serveur de messagerie : 550 5.1.1 Recipient address rejected',
    );
    await expect(row('Bernard Durand').getByRole('cell').nth(2)).toContainText('Préparé le');
    await expect(row('Claire Petit').getByRole('cell').nth(1)).toContainText('EnvoyéPeut-être reçu deux fois');
    await expect(
      row('Bernard Durand').getByRole('button', { name: 'Renvoyer le message à Bernard Durand' }),
    ).toHaveAccessibleDescription(/corrigez-la d’abord dans «\sPersonnes\s»/);
    await expectNoAxeViolations(page);

    // The address corrected on « Personnes », the message is sent again (to the worker's .eml outbox):
    // the line settles as sent to the new address, focus on its recipient.
    const refusedAddress = (await api.admin.get(`/people/${people['Bernard Durand']}`)).body.email;
    const corrected = `b.durand-${meeting.id.slice(0, 8)}@example.org`;
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Personnes' }).click();
    await page.getByRole('searchbox', { name: 'Rechercher une personne' }).fill(refusedAddress);
    await page.getByRole('button', { name: 'Modifier la fiche de Bernard Durand' }).click();
    await expect(page.getByRole('heading', { name: 'Modifier la fiche de Bernard Durand' })).toBeFocused();
    const record = page.getByRole('region', { name: 'Modifier la fiche de Bernard Durand' });
    await record.getByRole('textbox', { name: 'Adresse électronique' }).fill(corrected);
    await record.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect(page.getByRole('status')).toHaveText('Fiche de Bernard Durand enregistrée.');
    await expect(page.getByRole('rowheader', { name: 'Bernard Durand' })).toBeFocused();
    await page.goBack();
    await expect(log).toContainText('1 en échec');
    await row('Bernard Durand').getByRole('button', { name: 'Renvoyer le message à Bernard Durand' }).click();
    await expect(page.getByRole('rowheader', { name: /^Bernard Durand/ })).toBeFocused();
    await expect(row('Bernard Durand').getByRole('cell').nth(1)).toHaveText('Envoyé');
    await expect(row('Bernard Durand')).toContainText(corrected);
    await expect(log).toContainText('2 envoyés, 1 en cours, 1 peut-être reçu deux fois');
    await expect(row('Camille Martin').getByRole('button')).toHaveCount(0);

    await switchToEnglish(page);
    const logEn = page.getByRole('region', { name: 'Messages sent' });
    await expect(logEn).toContainText('2 sent, 1 on its way, 1 possibly received twice');
    await expect(logEn.getByRole('row', { name: /Camille Martin.*Retrying/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
