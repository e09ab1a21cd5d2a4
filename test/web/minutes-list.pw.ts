import { readFileSync } from 'node:fs';
import { aMeeting } from '../harness/fixtures';
import { aVotingSession } from '../votes/voting-session';
import {
  type ApiClients,
  asTestApp,
  expect,
  expectNoAxeViolations,
  logIn,
  PASSWORD,
  switchToEnglish,
  test,
} from './support/fixtures';

/**
 * A body of three whose meeting was held and closed, its minutes rendered by the worker and approved
 * at the next meeting, sitting now; and a login for one of its members.
 */
async function approvedMinutes(api: ApiClients): Promise<{ meetingId: string; title: string; memberEmail: string }> {
  const t = asTestApp(api);
  const s = await aVotingSession(t, { size: 3 });
  expect((await t.admin.post(`/meetings/${s.meetingId}/close`, {})).status).toBe(200);
  const later = await aMeeting(t, s.bodyId, 2 / 1440, { title: `Séance suivante ${s.meetingId.slice(0, 6)}` });
  await t.admin.post(`/meetings/${later.id}/agenda/items`, { title: 'Approbation du procès-verbal', kind: 'decision' });
  expect((await t.admin.post(`/meetings/${later.id}/agenda/publish`, {})).status).toBe(201);
  expect((await t.admin.post(`/meetings/${later.id}/convene`, { urgent: true, reason: 'Approbation' })).status).toBe(
    200,
  );
  expect((await t.admin.post(`/meetings/${later.id}/open`, {})).status).toBe(200);
  expect((await s.secretariat.post(`/meetings/${s.meetingId}/minutes/render`, {})).status).toBe(202);
  await expect
    .poll(async () => (await s.secretariat.get(`/meetings/${s.meetingId}/minutes`)).body[0]?.status, {
      timeout: 15_000,
    })
    .toBe('rendered');
  const approved = await s.secretariat.post(`/meetings/${s.meetingId}/minutes/1/approve`, { meetingId: later.id });
  expect(approved.status).toBe(200);
  const memberEmail = `member-list-${s.meetingId.slice(0, 8)}@example.org`;
  await t.admin.post('/users', {
    email: memberEmail,
    password: PASSWORD,
    role: 'member',
    personId: s.members[1].personId,
  });
  const meeting = await t.admin.get(`/meetings/${s.meetingId}`);
  return { meetingId: s.meetingId, title: meeting.body.title, memberEmail };
}

test('a member finds approved minutes in the list of minutes, reads and downloads them; no axe violation in French and English', async ({
  page,
  api,
}) => {
  const { meetingId, title, memberEmail } = await approvedMinutes(api);
  await logIn(page, memberEmail);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Procès-verbaux' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Procès-verbaux' })).toBeVisible();
  const row = page
    .getByRole('table', { name: 'Procès-verbaux approuvés' })
    .getByRole('row', { name: new RegExp(title) });
  // The date as the wall clock of the body's time zone (Europe/Paris) shows it, in words.
  await expect(row).toContainText(/\b20\d\d à \d\d:\d\d/);
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: `Télécharger le procès-verbal de ${title} (PDF)` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-v1\.pdf$/);
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  await row.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/app/meetings/${meetingId}/minutes$`));
  await expect(page.getByRole('heading', { level: 1, name: `Procès-verbal — ${title}` })).toBeVisible();
  await expect(page.getByRole('row', { name: /^1 Approuvée/ })).toBeVisible();

  await page.goBack();
  await switchToEnglish(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Minutes' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Download the minutes of ${title} (PDF)` })).toBeVisible();
  await expectNoAxeViolations(page);
});
