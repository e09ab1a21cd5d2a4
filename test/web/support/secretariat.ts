import type { Page } from '@playwright/test';
import { aGramLikeBody, aMeeting, aSittingMember, aUserWithRole } from '../../harness/fixtures';
import { asTestApp, expect, logIn, type ApiClients } from './fixtures';
import { DEVELOPMENT_ADMIN } from './servers';

/** A body of the test's own (GRAM's shape), so that tests running side by side never share a meeting. */
export async function aBodyOfItsOwn(api: ApiClients): Promise<{ id: string }> {
  return aGramLikeBody(asTestApp(api));
}

/** A meeting `days` ahead, its agenda holding the given items and published once. */
export async function aMeetingWithPublishedAgenda(
  api: ApiClients,
  bodyId: string,
  titles: string[],
  days = 30,
): Promise<{ id: string; title: string }> {
  const meeting = await aMeeting(asTestApp(api), bodyId, days);
  for (const title of titles) {
    const added = await api.admin.post(`/meetings/${meeting.id}/agenda/items`, { title, kind: 'discussion' });
    if (added.status !== 201) throw new Error(`Could not add an item: ${added.text}`);
  }
  const published = await api.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
  if (published.status !== 201) throw new Error(`Could not publish: ${published.text}`);
  return meeting;
}

/** A member login speaking for a person who sits in the body. */
export async function aMemberOf(api: ApiClients, bodyId: string): Promise<{ email: string }> {
  const seat = await aSittingMember(asTestApp(api), bodyId, 'association');
  return aUserWithRole(asTestApp(api), 'member', seat.personId);
}

/** Logs in as the given role: the bootstrap admin, or a new login of that role. */
export async function logInAs(
  page: Page,
  api: ApiClients,
  role: 'admin' | 'secretariat' | 'direction' | 'member',
  bodyId?: string,
) {
  if (role === 'admin') return logIn(page, DEVELOPMENT_ADMIN.email, DEVELOPMENT_ADMIN.password);
  const user = role === 'member' && bodyId ? await aMemberOf(api, bodyId) : await aUserWithRole(asTestApp(api), role);
  await logIn(page, user.email);
}

/** Chooses an option of a react-aria select, as a person does: open it by its label, pick the option. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

/**
 * A meeting as the secretariat's pages show it at their fullest: an agenda published twice (with a
 * change note), a pending request from a member, and the member's login.
 */
export async function aPreparedMeeting(
  api: ApiClients,
): Promise<{ bodyId: string; meetingId: string; member: { email: string } }> {
  const body = await aBodyOfItsOwn(api);
  const meeting = await aMeetingWithPublishedAgenda(api, body.id, [
    'Bilan du partenariat avec les associations',
    'Accessibilité des documents',
  ]);
  const items = (await api.admin.get(`/meetings/${meeting.id}/agenda`)).body.items as { id: string }[];
  await api.admin.patch(`/agenda-items/${items[1].id}`, { durationMinutes: 45, presenter: 'Présidente du GRAM' });
  await api.admin.post(`/meetings/${meeting.id}/agenda/publish`, { changeNote: 'Durée et intervenante précisées.' });
  const member = await aMemberOf(api, body.id);
  const login = await api.http.post('/auth/login', { email: member.email, password: 'correct horse battery staple' });
  await api.http
    .as(login.body.accessToken)
    .post(`/meetings/${meeting.id}/agenda/requests`, { title: 'Budget des associations', kind: 'discussion' });
  return { bodyId: body.id, meetingId: meeting.id, member };
}
