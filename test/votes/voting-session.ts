import { randomUUID } from 'node:crypto';
import { aMeeting, aPerson, appoint } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import type { TestApp } from '../harness/test-app';

/** A member of the test body: their mandate, and a login of their own. */
export interface Voter {
  membershipId: string;
  personId: string;
  http: HttpClient;
}

export interface VotingSession {
  bodyId: string;
  meetingId: string;
  itemId: string;
  /** members[0] is the chair. */
  members: Voter[];
  /** The secretariat's client. */
  secretariat: HttpClient;
  record(member: Voter, status: string, proxyHolder?: Voter): Promise<void>;
  /** A poll on the item, created (draft) by the secretariat. */
  aPoll(fields: Record<string, unknown>): Promise<{ id: string }>;
  /** A poll created and opened. */
  anOpenPoll(fields: Record<string, unknown>): Promise<{ id: string }>;
}

async function aLogin(t: TestApp, role: 'member' | 'secretariat', personId?: string): Promise<HttpClient> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.org`;
  const password = 'correct horse battery staple';
  const created = await t.admin.post('/users', { email, password, role, ...(personId ? { personId } : {}) });
  if (created.status !== 201) throw new Error(`Could not create a ${role}: ${created.text}`);
  return t.http.as((await t.http.post('/auth/login', { email, password })).body.accessToken);
}

/**
 * A member's client that creates its login on first use: hashing passwords is slow, and most
 * members of a test body never call the API themselves.
 */
class LoginOnFirstUse extends HttpClient {
  private client?: Promise<HttpClient>;

  constructor(
    private readonly t: TestApp,
    private readonly personId: string,
  ) {
    super(t.http.baseUrl);
  }

  override async request<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
    this.client ??= aLogin(this.t, 'member', this.personId);
    return (await this.client).request<T>(method, path, body, headers);
  }
}

/**
 * A body of `size` members (one category; the first is the chair), each with a login, and a meeting
 * convened with one decision item. `present` members are recorded present; the meeting is opened
 * unless `open: false`. `names` gives the members' full names, in order (generated otherwise).
 */
export async function aVotingSession(
  t: TestApp,
  options: { size?: number; present?: number; open?: boolean; body?: Record<string, unknown>; names?: string[] } = {},
): Promise<VotingSession> {
  const size = options.size ?? 6;
  const slug = `votes-${randomUUID().slice(0, 8)}`;
  const body = await t.admin.post('/bodies', {
    slug,
    name: slug,
    categories: [{ code: 'association', label: 'Associations', seats: size }],
    ...options.body,
  });
  if (body.status !== 201) throw new Error(`Could not create a body: ${body.text}`);
  const bodyId = body.body.id;
  const startDate = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const members: Voter[] = [];
  for (let i = 0; i < size; i++) {
    const fullName = options.names?.[i];
    const personId = (await aPerson(t, fullName ? { fullName } : {})).id;
    const role = i === 0 ? 'chair' : 'member';
    const mandate = await appoint(t, bodyId, { personId, category: 'association', startDate, role });
    if (mandate.status !== 201) throw new Error(`Could not appoint: ${mandate.text}`);
    members.push({ membershipId: mandate.body.id, personId, http: new LoginOnFirstUse(t, personId) });
  }
  const secretariat = await aLogin(t, 'secretariat');
  // A meeting a minute from now, convened urgently: it may open at once (a meeting opens on its day),
  // here and in the browser tests, whose API runs with the real clock.
  const meeting = await aMeeting(t, bodyId, 1 / 1440);
  await t.admin.post(`/meetings/${meeting.id}/agenda/items`, { title: 'Avis sur la stratégie', kind: 'decision' });
  const published = await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
  if (published.status !== 201) throw new Error(`Could not publish: ${published.text}`);
  const convened = await t.admin.post(`/meetings/${meeting.id}/convene`, { urgent: true, reason: 'Vote urgent' });
  if (convened.status !== 200) throw new Error(`Could not convene: ${convened.text}`);
  const agenda = await t.admin.get(`/meetings/${meeting.id}/agenda`);
  const itemId = agenda.body.items.find((i: { kind: string }) => i.kind === 'decision').id;

  const record = async (member: Voter, status: string, proxyHolder?: Voter) => {
    const response = await t.admin.put(`/meetings/${meeting.id}/attendance/${member.membershipId}`, {
      status,
      ...(proxyHolder ? { proxyHolderMembershipId: proxyHolder.membershipId } : {}),
    });
    if (response.status !== 200) throw new Error(`Could not record attendance: ${response.text}`);
  };
  for (const member of members.slice(0, options.present ?? size)) await record(member, 'present');
  if (options.open !== false) {
    const opened = await t.admin.post(`/meetings/${meeting.id}/open`, {});
    if (opened.status !== 200) throw new Error(`Could not open the meeting: ${opened.text}`);
  }
  const aPoll = async (fields: Record<string, unknown>) => {
    const created = await secretariat.post(`/agenda-items/${itemId}/polls`, { question: 'Adoptez-vous ?', ...fields });
    if (created.status !== 201) throw new Error(`Could not create a poll: ${created.text}`);
    return created.body;
  };
  const anOpenPoll = async (fields: Record<string, unknown>) => {
    const poll = await aPoll(fields);
    const opened = await secretariat.post(`/polls/${poll.id}/open`);
    if (opened.status !== 200) throw new Error(`Could not open the poll: ${opened.text}`);
    return poll;
  };
  return { bodyId, meetingId: meeting.id, itemId, members, secretariat, record, aPoll, anOpenPoll };
}
