import { expect, logIn, test } from './support/fixtures';
import { aMeetingScenario } from './support/scenario';

const BACKFILL = { backfill: true, backfillReason: 'Séance tenue avant la mise en service de Quorum' };

test('after fifteen years of meetings, « Mes séances » still shows the next one, and the latest past one first, without an error about the bodies the member does not sit on', async ({
  page,
  api,
}) => {
  const scenario = await aMeetingScenario(api);
  // Sixty held meetings, 2011 to 2025, recorded after the fact: more than one page of the API's list.
  for (let year = 2011; year <= 2025; year++) {
    for (const month of [3, 6, 9, 12]) {
      const created = await api.admin.post(`/bodies/${scenario.bodyId}/meetings`, {
        title: `Séance du ${month}/${year}`,
        startsAt: `${year}-${String(month).padStart(2, '0')}-10T14:00:00+01:00`,
        ...BACKFILL,
      });
      if (created.status !== 201) throw new Error(`Could not record a past meeting: ${created.text}`);
      const id = created.body.id as string;
      await api.admin.post(`/meetings/${id}/agenda/items`, { title: 'Avis', kind: 'decision' });
      await api.admin.post(`/meetings/${id}/agenda/publish`, {});
      await api.admin.post(`/meetings/${id}/convene`, BACKFILL);
      await api.admin.post(`/meetings/${id}/open`, BACKFILL);
      const closed = await api.admin.post(`/meetings/${id}/close`, {});
      if (closed.status !== 200) throw new Error(`Could not close a past meeting: ${closed.text}`);
    }
  }

  await logIn(page, scenario.member.email);
  await expect(page.getByRole('heading', { level: 1, name: 'Mes séances' })).toBeVisible();
  const [upcoming, past] = [0, 1].map((n) => page.getByRole('main').getByRole('list').nth(n));
  await expect(upcoming.getByRole('listitem')).toHaveCount(1);
  await expect(upcoming.getByRole('link', { name: scenario.meetingTitle })).toBeVisible();
  await expect(past.getByRole('listitem').first()).toContainText('Séance du 12/2025');
  await expect(past.getByRole('listitem').nth(1)).toContainText('Séance du 9/2025');
  await expect(past.getByRole('listitem').first()).toContainText('Close');
  // Other bodies live in the same database (GRAM among them): the member's pages never stumble on them.
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Composition' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Composition — / })).toBeVisible();
  await expect(
    page.getByText(/^Votre mandat\s?: Représentants des associations de malades, membre, du /),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
