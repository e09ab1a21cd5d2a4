import { aUserWithRole } from '../harness/fixtures';
import { asTestApp, expect, expectNoAxeViolations, logIn, switchToEnglish, test } from './support/fixtures';

test.describe('logging in and out', () => {
  test('a member logs in, lands on their meetings, and logs out', async ({ page, api }) => {
    const member = await aUserWithRole(asTestApp(api), 'member');
    await logIn(page, member.email);
    await expect(page).toHaveURL(/\/app\/meetings$/);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await page.goto('/app/meetings');
    await expect(page).toHaveURL(/\/app\/login\?next=%2Fmeetings$/);
  });

  test('a wrong password is refused with a message in French', async ({ page }) => {
    await page.goto('/app/login');
    await page.getByLabel('Adresse électronique').fill('nobody@example.org');
    await page.getByLabel('Mot de passe').fill('not the password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toHaveText('Adresse électronique ou mot de passe incorrect.');
  });

  test('the language chosen is remembered across visits, and sets the page language', async ({ page }) => {
    await page.goto('/app/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await switchToEnglish(page);
    // The page is translated in place: the switch keeps the focus, now offering French.
    await expect(page.getByRole('button', { name: 'Change language: Français' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the login page has no axe violation, in French and in English', async ({ page }) => {
    await page.goto('/app/login');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await switchToEnglish(page);
    await expectNoAxeViolations(page);
  });
});
