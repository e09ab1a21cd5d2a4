import { aUserWithRole } from '../harness/fixtures';
import { asTestApp, expect, logIn, test } from './support/fixtures';

// Password change and the calendar feed wait for POST /auth/password and GET /auth/calendar-feed:
// their browser tests come with those routes.
test('a member finds their account from the menu and switches the language there', async ({ page, api }) => {
  const member = await aUserWithRole(asTestApp(api), 'member');
  await logIn(page, member.email);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(member.email);
  await expect(page.getByRole('main')).toContainText('Membre');
  await page.getByRole('main').getByRole('button', { name: 'Changer de langue : English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(page).toHaveTitle('My account — Quorum');
});
