import { randomUUID } from 'node:crypto';
import { aMeeting, aUserWithRole } from '../harness/fixtures';
import { asTestApp, expect, logIn, test } from './support/fixtures';
import { aBodyOfItsOwn, choose } from './support/secretariat';
import { DEVELOPMENT_ADMIN } from './support/servers';

test.describe('the admin and the direction', () => {
  test('the admin creates a secretariat login, which can then log in', async ({ page, browser }) => {
    await logIn(page, DEVELOPMENT_ADMIN.email, DEVELOPMENT_ADMIN.password);
    await expect(page).toHaveURL(/\/app\/admin\/users$/);
    const email = `secretariat-${randomUUID().slice(0, 8)}@example.org`;
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe initial').fill('a long enough password');
    await choose(page, /Rôle$/, 'Secrétariat');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await expect(page.getByText(`Compte ${email} créé.`)).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(email) })).toContainText('Secrétariat');

    const newcomer = await (await browser.newContext()).newPage();
    await logIn(newcomer, email, 'a long enough password');
    await expect(newcomer.getByRole('link', { name: 'Calendrier' })).toBeVisible();
    await newcomer.context().close();
  });

  test('the admin disables a login, which can no longer log in, then enables it again', async ({
    page,
    browser,
    api,
  }) => {
    const someone = await aUserWithRole(asTestApp(api), 'direction');
    await logIn(page, DEVELOPMENT_ADMIN.email, DEVELOPMENT_ADMIN.password);
    const row = page.getByRole('row', { name: new RegExp(someone.email) });
    await expect(row).toContainText('Actif');
    // The admin's own row offers no button: the API refuses to disable yourself.
    const own = page.getByRole('row', { name: new RegExp(DEVELOPMENT_ADMIN.email) });
    await expect(own).toContainText('Votre compte');
    await expect(own.getByRole('button')).toHaveCount(0);
    await row.getByRole('button', { name: `Désactiver ${someone.email}` }).click();
    await expect(page.getByRole('status')).toContainText(`Le compte ${someone.email} est désactivé`);
    await expect(row).toContainText('Désactivé');
    expect((await someone.http.get('/auth/me')).status).toBe(401);

    const refused = await (await browser.newContext()).newPage();
    await refused.goto('/app/login');
    await refused.getByLabel('Adresse électronique').fill(someone.email);
    await refused.getByLabel('Mot de passe', { exact: true }).fill('correct horse battery staple');
    await refused.getByRole('button', { name: 'Se connecter' }).click();
    await expect(refused.getByRole('alert')).toBeVisible();
    await refused.context().close();

    await row.getByRole('button', { name: `Réactiver ${someone.email}` }).click();
    await expect(row).toContainText('Actif');
    const newcomer = await (await browser.newContext()).newPage();
    await logIn(newcomer, someone.email, 'correct horse battery staple');
    await newcomer.context().close();
  });

  test('a password too short is refused next to its field; once corrected, the login is created', async ({ page }) => {
    await logIn(page, DEVELOPMENT_ADMIN.email, DEVELOPMENT_ADMIN.password);
    const email = `short-${randomUUID().slice(0, 8)}@example.org`;
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe initial').fill('short');
    await choose(page, /Rôle$/, 'Direction générale');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await expect(page.getByLabel('Mot de passe initial')).toHaveAccessibleDescription(
      /Le mot de passe doit compter au moins 12 caractères\./,
    );
    await page.getByLabel('Mot de passe initial').fill('a long enough password');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Compte ${email} créé.` })).toBeVisible();
  });

  test('the admin sees that the audit chain holds', async ({ page }) => {
    await logIn(page, DEVELOPMENT_ADMIN.email, DEVELOPMENT_ADMIN.password);
    await page.getByRole('link', { name: 'Journal d’audit' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /La chaîne est intègre\s: \d+ événements vérifiés\./ }),
    ).toBeVisible();
  });

  test('the direction lands on the follow-up of recommendations, and finds the overview of the bodies and their meetings', async ({
    page,
    api,
  }) => {
    const body = await aBodyOfItsOwn(api);
    const meeting = await aMeeting(asTestApp(api), body.id, 20);
    const direction = await aUserWithRole(asTestApp(api), 'direction');
    await logIn(page, direction.email);
    await expect(page).toHaveURL(/\/app\/follow-up$/);
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Vue d’ensemble' })
      .click();
    await expect(page).toHaveURL(/\/app\/direction$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Vue d’ensemble des instances' })).toBeVisible();
    const { slug } = (await api.admin.get(`/bodies/${body.id}`)).body;
    const section = page.locator(`section[data-body="${slug}"]`);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(slug);
    await expect(section).toContainText('Sièges pourvus : 0 sur 20 ; vacants : 20.');
    await expect(section.getByRole('row', { name: new RegExp(meeting.title) })).toContainText('Prévue');
  });
});
