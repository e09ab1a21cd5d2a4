import { aMeeting, aUserWithRole } from '../harness/fixtures';
import { asTestApp, expect, logIn, test } from './support/fixtures';
import { aBodyOfItsOwn, aMeetingWithPublishedAgenda, aMemberOf, choose } from './support/secretariat';

test.describe('preparing a meeting', () => {
  test('the secretariat composes an agenda, publishes it, edits an item, republishes with a change note, and a member sees what changed', async ({
    page,
    browser,
    api,
  }) => {
    test.slow(); // a whole scenario, two people, two browsers
    const body = await aBodyOfItsOwn(api);
    const meeting = await aMeeting(asTestApp(api), body.id, 30);
    const member = await aMemberOf(api, body.id);
    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto(`/app/secretariat/meetings/${meeting.id}`);
    await expect(page.getByRole('heading', { level: 1, name: `Préparer : ${meeting.title}` })).toBeVisible();

    const add = page.getByRole('region', { name: 'Ajouter un point' });
    await add.getByLabel('Intitulé').fill('Bilan du partenariat avec les associations');
    await choose(page, /Nature du point$/, 'Information');
    await add.getByLabel('Durée (minutes)').fill('30');
    await add.getByLabel('Présenté par').fill('Présidente du GRAM');
    await add.getByRole('button', { name: 'Ajouter le point' }).click();
    const agenda = page.getByRole('region', { name: 'Ordre du jour' });
    await expect(agenda.getByRole('heading', { name: /Bilan du partenariat/ })).toBeVisible();
    await add.getByLabel('Intitulé').fill('Accessibilité des documents');
    await choose(page, /Nature du point$/, 'Décision');
    await add.getByRole('button', { name: 'Ajouter le point' }).click();
    await expect(agenda.getByRole('listitem')).toHaveCount(2);

    await page.getByRole('button', { name: 'Publier la version 1' }).click();
    await expect(page.getByText('Version 1 publiée.')).toBeVisible();
    await expect(page.getByText('La version 1 publiée est à jour.')).toBeVisible();

    // The member reads version 1 on their meeting page.
    const memberPage = await (await browser.newContext()).newPage();
    await logIn(memberPage, member.email);
    await memberPage.goto(`/app/meetings/${meeting.id}`);
    await expect(memberPage.getByText('Version 1 publiée.')).toBeVisible();

    await agenda.getByRole('button', { name: 'Modifier « Accessibilité des documents »' }).click();
    const editing = page.getByRole('region', { name: 'Modification de « Accessibilité des documents »' });
    await editing.getByLabel('Intitulé').fill('Accessibilité des documents pour les membres malvoyants');
    await editing.getByLabel('Durée (minutes)').fill('45');
    await editing.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(agenda.getByRole('heading', { name: /pour les membres malvoyants/ })).toBeVisible();
    await expect(page.getByText(/Des modifications ont été faites depuis la version 1/)).toBeVisible();

    // Republishing without a note is refused by the browser (required field); with one it goes through.
    await page.getByLabel('Note de modification').fill('Point 2 précisé et allongé à la demande des associations.');
    await page.getByRole('button', { name: 'Publier la version 2' }).click();
    await expect(page.getByText('Version 2 publiée.')).toBeVisible();

    // Back on their meeting page, the member is told what changed since they last read it.
    await memberPage.reload();
    const changes = memberPage.getByRole('region', { name: /Ce qui a changé depuis votre dernière lecture/ });
    await expect(changes).toContainText('(version 1 → version 2)');
    await expect(changes).toContainText(
      'Motif de la modification : Point 2 précisé et allongé à la demande des associations.',
    );
    await expect(changes).toContainText(
      'Point modifié : « Accessibilité des documents pour les membres malvoyants » (titre, durée)',
    );
    // The versions page says it field by field, before and after.
    await memberPage.goto(`/app/meetings/${meeting.id}/versions`);
    await expect(memberPage.getByRole('heading', { name: 'De la version 1 à la version 2' })).toBeVisible();
    const changed = memberPage.getByRole('listitem').filter({ hasText: 'pour les membres malvoyants' }).first();
    await expect(changed).toContainText(
      'Intitulé : avant : Accessibilité des documents → après : Accessibilité des documents pour les membres malvoyants',
    );
    await expect(changed).toContainText('Durée : avant : (vide) → après : 45 minutes');
    await memberPage.context().close();
  });

  test('an item moves down the agenda with the keyboard alone, focus following it', async ({ page, api }) => {
    const body = await aBodyOfItsOwn(api);
    const meeting = await aMeetingWithPublishedAgenda(api, body.id, ['Premier', 'Deuxième', 'Troisième']);
    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await page.goto('/app/login');
    await page.getByLabel('Adresse électronique').fill(secretariat.email);
    await page.getByLabel('Mot de passe').fill('correct horse battery staple');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
    await page.goto(`/app/secretariat/meetings/${meeting.id}`);
    await expect(page.getByRole('heading', { name: 'Ordre du jour' })).toBeVisible();

    // Tab through the page until the button is reached, as a keyboard user does.
    const down = page.getByRole('button', { name: 'Descendre « Premier »' });
    for (let i = 0; i < 40 && !(await down.evaluate((el) => el.matches(':focus'))); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(down).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: '« Premier » est maintenant en position 2 sur 3.' }),
    ).toBeAttached();
    await expect(down).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'position 3 sur 3' })).toBeAttached();
    // At the bottom its "down" button is disabled: focus moves to its "up" button, never to the page's top.
    await expect(page.getByRole('button', { name: 'Monter « Premier »' })).toBeFocused();

    const titles = page.getByRole('region', { name: 'Ordre du jour' }).getByRole('heading', { level: 3 });
    await expect(titles).toHaveText(['1. Deuxième', '2. Troisième', '3. Premier']);
    const saved = await api.admin.get(`/meetings/${meeting.id}/agenda`);
    expect(saved.body.items.map((i: { title: string }) => i.title)).toEqual(['Deuxième', 'Troisième', 'Premier']);
  });

  test('convening without the notice period is refused next to the urgency box, then convened urgently with a reason', async ({
    page,
    api,
  }) => {
    const body = await aBodyOfItsOwn(api);
    const meeting = await aMeetingWithPublishedAgenda(api, body.id, ['Point unique'], 2);
    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto(`/app/secretariat/meetings/${meeting.id}`);
    await page.getByRole('button', { name: 'Convoquer la séance' }).click();

    const refusal = page.getByRole('alert').filter({ hasText: 'Préavis insuffisant' });
    await expect(refusal).toHaveText(/la séance a lieu dans (1 jour|[23] jours), l’instance en exige 5\./);
    const urgent = page.getByRole('checkbox', { name: 'Convocation urgente (sans le préavis)' });
    await expect(urgent).toHaveAccessibleDescription(/Préavis insuffisant/);

    // react-aria draws its own box over the native input: a person clicks the label.
    await page.getByText('Convocation urgente (sans le préavis)').click();
    await expect(urgent).toBeChecked();
    await page
      .getByLabel('Motif de l’urgence')
      .fill('Avis attendu par la direction avant le conseil d’administration.');
    await page.getByRole('button', { name: 'Convoquer en urgence' }).click();
    await expect(page.getByText('Séance convoquée.')).toBeVisible();
    await expect(page.getByText(/Convocation urgente\s: Avis attendu par la direction/)).toBeVisible();
    const saved = await api.admin.get(`/meetings/${meeting.id}`);
    expect(saved.body).toMatchObject({ status: 'convened', urgentReason: expect.stringContaining('Avis attendu') });
  });

  test('the secretariat accepts one request onto the agenda and declines another with a reason', async ({
    page,
    api,
  }) => {
    const body = await aBodyOfItsOwn(api);
    const meeting = await aMeetingWithPublishedAgenda(api, body.id, ['Point existant']);
    const member = await aMemberOf(api, body.id);
    const asMember = api.http.as(
      (await api.http.post('/auth/login', { email: member.email, password: 'correct horse battery staple' })).body
        .accessToken,
    );
    for (const title of ['Budget des associations', 'Hors sujet']) {
      const asked = await asMember.post(`/meetings/${meeting.id}/agenda/requests`, { title, kind: 'discussion' });
      expect(asked.status).toBe(201);
    }
    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto(`/app/secretariat/meetings/${meeting.id}`);
    await page.getByRole('button', { name: 'Accepter « Budget des associations »' }).click();
    const agenda = page.getByRole('region', { name: 'Ordre du jour' });
    await expect(agenda.getByRole('heading', { name: /Budget des associations/ })).toBeVisible();

    await page.getByRole('button', { name: 'Refuser « Hors sujet »' }).click();
    await page.getByLabel('Motif du refus').fill('Relève du conseil scientifique.');
    await page.getByRole('button', { name: 'Refuser la demande' }).click();
    const decided = page.getByRole('table', { name: 'Demandes traitées' });
    await expect(decided.getByRole('row', { name: /Hors sujet/ })).toContainText(
      'Refusée — Relève du conseil scientifique.',
    );
    await expect(decided.getByRole('row', { name: /Budget des associations/ })).toContainText('Acceptée');
    await expect(page.getByText('Aucune demande en attente.')).toBeVisible();
  });
});
