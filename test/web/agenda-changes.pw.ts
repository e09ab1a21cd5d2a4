import { expect, logIn, test } from './support/fixtures';
import { aMeetingScenario } from './support/scenario';

test('a member sees what changed in the agenda since the version they last read', async ({ page, api }) => {
  const scenario = await aMeetingScenario(api);
  await logIn(page, scenario.member.email);
  await page.goto(`/app/meetings/${scenario.meetingId}`);
  const agenda = page.getByRole('region', { name: 'Ordre du jour' });
  await expect(agenda).toContainText('Version 2 publiée.');
  // First visit: nothing read before, so nothing is called a change.
  await expect(page.getByRole('region', { name: /Ce qui a changé/ })).toHaveCount(0);

  const items = (await api.admin.get(`/meetings/${scenario.meetingId}/agenda`)).body.items;
  const strategy = items.find((i: { title: string }) => i.title === 'Avis sur la stratégie');
  await api.admin.patch(`/agenda-items/${strategy.id}`, { presenter: 'Bernard Durand', durationMinutes: 45 });
  await api.admin.post(`/meetings/${scenario.meetingId}/agenda/items`, {
    title: 'Questions diverses',
    kind: 'information',
  });
  const published = await api.admin.post(`/meetings/${scenario.meetingId}/agenda/publish`, {
    changeNote: 'Intervenant précisé',
  });
  expect(published.status).toBe(201);

  await page.reload();
  const changes = page.getByRole('region', { name: /Ce qui a changé depuis votre dernière lecture/ });
  await expect(changes.getByRole('heading')).toHaveText(
    'Ce qui a changé depuis votre dernière lecture (version 2 → version 3)',
  );
  await expect(changes).toContainText('Motif de la modification : Intervenant précisé');
  await expect(changes.getByRole('listitem')).toHaveText([
    'Point ajouté : « Questions diverses »',
    'Point modifié : « Avis sur la stratégie » (intervenant, durée)',
  ]);
  await expect(agenda.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText([
    '1. Avis sur la stratégie',
    '2. Bilan du partenariat avec les associations',
    '3. Questions diverses',
  ]);

  // Read now: the next visit has nothing new to point out.
  await page.reload();
  await expect(agenda).toContainText('Version 3 publiée.');
  await expect(page.getByRole('region', { name: /Ce qui a changé/ })).toHaveCount(0);
});
