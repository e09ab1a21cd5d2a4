import { Client } from 'pg';
import { aPerson, appoint, aUserWithRole } from '../harness/fixtures';
import { asTestApp, expect, expectNoAxeViolations, logIn, switchToEnglish, test } from './support/fixtures';
import { aBodyOfItsOwn, aMeetingWithPublishedAgenda } from './support/secretariat';

const aYearAgo = () => new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);

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
    const body = await aBodyOfItsOwn(api);
    const names = ['Camille Martin', 'Bernard Durand', 'Claire Petit'];
    for (const [i, fullName] of names.entries()) {
      const person = await aPerson(t, { fullName });
      const seat = await appoint(t, body.id, {
        personId: person.id,
        category: ['association', 'association', 'researcher'][i],
        startDate: aYearAgo(),
      });
      if (seat.status !== 201) throw new Error(`Could not appoint ${fullName}: ${seat.text}`);
    }
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
  test('the secretariat reads which convocation waits for another try, which failed and why, and which may have arrived twice, in French and English', async ({
    page,
    api,
  }) => {
    const body = await aBodyOfItsOwn(api);
    const meeting = await aMeetingWithPublishedAgenda(api, body.id, ['Avis sur la stratégie']);
    const convened = await api.admin.post(`/meetings/${meeting.id}/convene`, {});
    if (convened.status !== 200) throw new Error(`Could not convene: ${convened.text}`);
    // A mail server's refusals cannot be brought about through the API: the worker's records are written as it writes them.
    const db = new Client({ connectionString: process.env.QUORUM_WEB_DATABASE_URL });
    await db.connect();
    try {
      const lines = [
        ['Camille Martin', 'pending', 2, '451 4.7.1 Greylisted, try again later', null, false],
        ['Bernard Durand', 'failed', 1, '550 5.1.1 Recipient address rejected', null, false],
        ['Claire Petit', 'sent', 2, null, new Date(), true],
      ] as const;
      for (const [name, status, attempts, error, sentAt, possibleDuplicate] of lines) {
        await db.query(
          `INSERT INTO notifications (idempotency_key, kind, meeting_id, recipient_name, email, language, content,
             status, attempts, error, sent_at, possible_duplicate)
           VALUES ($1, 'convocation', $2, $3, $4, 'fr', '{}', $5, $6, $7, $8, $9)`,
          [
            `refusals:${meeting.id}:${name}`,
            meeting.id,
            name,
            `${name.split(' ')[0].toLowerCase()}@example.org`,
            status,
            attempts,
            error,
            sentAt,
            possibleDuplicate,
          ],
        );
      }
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
    await expect(row('Bernard Durand').getByRole('cell').nth(1)).toHaveText(
      'ÉchecRefusé définitivement par le serveur de messagerie : 550 5.1.1 Recipient address rejected',
    );
    await expect(row('Bernard Durand').getByRole('cell').nth(2)).toContainText('Préparé le');
    await expect(row('Claire Petit').getByRole('cell').nth(1)).toContainText('EnvoyéPeut-être reçu deux fois');
    await expectNoAxeViolations(page);

    await switchToEnglish(page);
    const logEn = page.getByRole('region', { name: 'Messages sent' });
    await expect(logEn).toContainText('1 sent, 1 on its way, 1 failed, 1 possibly received twice');
    await expect(logEn.getByRole('row', { name: /Bernard Durand.*Failed/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
