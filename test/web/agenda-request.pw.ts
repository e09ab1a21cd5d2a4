import { expect, logIn, test } from './support/fixtures';
import { aMeetingScenario } from './support/scenario';

test('a member requests an agenda item and later sees it declined, with the reason', async ({ page, api }) => {
  const scenario = await aMeetingScenario(api);
  await logIn(page, scenario.member.email);
  await page.goto(`/app/meetings/${scenario.meetingId}`);
  const requests = page.getByRole('region', { name: 'Demander l’inscription d’un point' });
  await requests.getByLabel('Intitulé du point').fill('Accès des associations aux données de santé');
  // The label is what a person clicks (the radio input itself is visually hidden by react-aria).
  await requests.getByRole('radiogroup', { name: 'Nature du point' }).getByText('Décision', { exact: true }).click();
  await expect(requests.getByRole('radio', { name: 'Décision' })).toBeChecked();
  await requests.getByLabel('Précisions (facultatif)').fill('Suite à la saisine de mars.');
  await requests.getByRole('button', { name: 'Envoyer la demande au secrétariat' }).click();
  await expect(requests.getByRole('status')).toHaveText('Votre demande a été transmise au secrétariat.');
  await expect(requests.getByRole('listitem')).toHaveText([
    '« Accès des associations aux données de santé » : en attente de réponse',
  ]);

  const stored = (await api.admin.get(`/meetings/${scenario.meetingId}/agenda/requests`)).body;
  expect(stored).toEqual([
    expect.objectContaining({ title: 'Accès des associations aux données de santé', kind: 'decision' }),
  ]);
  await api.admin.post(`/agenda-requests/${stored[0].id}/decline`, { reason: 'Inscrit à la séance suivante' });
  await page.reload();
  await expect(requests.getByRole('listitem')).toHaveText([
    '« Accès des associations aux données de santé » : refusée — motif : Inscrit à la séance suivante',
  ]);
});
