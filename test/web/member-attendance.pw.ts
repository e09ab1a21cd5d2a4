import type { Page } from '@playwright/test';
import { expect, logIn, rollRow, test } from './support/fixtures';
import { aMeetingScenario } from './support/scenario';

/** The session board's quorum verdict and the line of one member in the roll. */
async function expectBoard(page: Page, verdict: RegExp, represented: string) {
  await expect(page.getByRole('status').filter({ hasText: /Quorum/ })).toContainText(verdict);
  const figures = page.getByRole('region', { name: 'Quorum' }).getByRole('definition');
  await expect(figures.nth(2)).toHaveText(represented);
}

test.describe('a member declares themselves excused with a proxy', () => {
  test('the member reads the agenda, gives a proxy, and the session board shows it with the quorum met', async ({
    browser,
    api,
  }) => {
    const scenario = await aMeetingScenario(api);
    const board = await (await browser.newContext()).newPage();
    await logIn(board, scenario.secretariat.email);
    await board.goto(`/app/meetings/${scenario.meetingId}/board`);
    await expect(board.getByRole('heading', { level: 1 })).toHaveText(`Tableau de séance — ${scenario.meetingTitle}`);
    await expectBoard(board, /Quorum non atteint/, '0');

    const page = await (await browser.newContext()).newPage();
    await logIn(page, scenario.member.email);
    await expect(page.getByRole('heading', { level: 1, name: 'Mes séances' })).toBeVisible();
    await page.getByRole('link', { name: scenario.meetingTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: scenario.meetingTitle })).toBeVisible();
    await expect(page.getByText('(heure de Europe/Paris)')).toBeVisible();
    const agenda = page.getByRole('region', { name: 'Ordre du jour' });
    await expect(agenda.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText([
      /Avis sur la stratégie/,
      /Bilan du partenariat avec les associations/,
    ]);

    await page.getByRole('button', { name: /Donner ma procuration à/ }).click();
    await page.getByRole('option', { name: /Bernard Durand/ }).click();
    await page.getByRole('button', { name: 'Excuser mon absence' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'C’est enregistré : votre absence est excusée et Bernard Durand vous représentera.',
    );

    // The board polls: no reload needed.
    await expectBoard(board, /Quorum atteint/, '1');
    await expect(rollRow(board, 'Camille Martin')).toContainText('Procuration donnée à Bernard Durand');
    await expect(rollRow(board, 'Bernard Durand')).toContainText('Détient la procuration de Camille Martin');
  });

  test('a proxy the rules refuse is explained in French next to the field; another choice is then accepted', async ({
    page,
    api,
  }) => {
    const scenario = await aMeetingScenario(api);
    // David is excused: he cannot hold anyone's proxy.
    await scenario.secretariat.http.put(
      `/meetings/${scenario.meetingId}/attendance/${scenario.colleagues['David Leroy']}`,
      { status: 'excused' },
    );
    await logIn(page, scenario.member.email);
    await page.goto(`/app/meetings/${scenario.meetingId}`);
    const proxy = page.getByRole('button', { name: /Donner ma procuration à/ });
    await proxy.click();
    await page.getByRole('option', { name: /David Leroy/ }).click();
    await page.getByRole('button', { name: 'Excuser mon absence' }).click();

    const message =
      'Ce membre est lui-même excusé ou absent : il ne peut pas vous représenter. Choisissez un autre membre.';
    await expect(page.getByText(message)).toBeVisible();
    // Any space of the message may be a no-break one (French typography).
    const anySpaces = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
    await expect(proxy).toHaveAccessibleDescription(new RegExp(anySpaces));

    // The refusal does not lock the form: the member picks someone else and sends it again.
    await proxy.click();
    await page.getByRole('option', { name: /Bernard Durand/ }).click();
    await page.getByRole('button', { name: 'Excuser mon absence' }).click();
    await expect(
      page.getByText('C’est enregistré : votre absence est excusée et Bernard Durand vous représentera.'),
    ).toBeVisible();
  });
});
