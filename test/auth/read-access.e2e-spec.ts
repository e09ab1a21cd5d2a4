import { aGramLikeBody, aMeeting, aSittingMember, aUserWithRole } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';
import { aForm, aPdf } from '../documents/sample-files';

// Every login hashes or verifies an argon2 password: generous limits, so a loaded machine is never a failure.
jest.setTimeout(120_000);

type Reader = 'admin' | 'secretariat' | 'direction' | 'member of A' | 'former member of A' | 'member of B';
const READERS: Reader[] = ['admin', 'secretariat', 'direction', 'member of A', 'former member of A', 'member of B'];
const EVERYONE = READERS;
const STAFF_AND_SITTING: Reader[] = ['admin', 'secretariat', 'member of A'];
const STAFF: Reader[] = ['admin', 'secretariat'];
/** Meeting documents on a published agenda: the staff, the members sitting today and the direction. */
const DOCUMENT_READERS: Reader[] = ['admin', 'secretariat', 'direction', 'member of A'];

/**
 * Who reads what of body A (issue 13, point 2): what is public (the body, its composition, meetings,
 * calendar, published agendas) is read by every login; mandates, attendance, guests and agenda
 * requests by the staff and the members sitting on A today; the working agenda by the staff alone;
 * the documents of A's published agenda by the staff, the members sitting on A today and the direction.
 */
describe('read access, two bodies', () => {
  let t: TestApp;
  const as = {} as Record<Reader, HttpClient>;
  const ids = {} as Record<'bodyA' | 'bodyB' | 'meetingA' | 'meetingB' | 'documentA' | 'documentB', string>;
  let requests: { mine: string; othersDeclined: string; othersPending: string; minePending: string };

  beforeAll(async () => {
    t = await startTestApp();
    const [a, b] = [await aGramLikeBody(t, { name: 'Comité A' }), await aGramLikeBody(t, { name: 'Comité B' })];
    ids.bodyA = a.id;
    ids.bodyB = b.id;
    const sittingA = await aSittingMember(t, a.id, 'association');
    const otherA = await aSittingMember(t, a.id, 'association');
    const formerA = await aSittingMember(t, a.id, 'researcher', { startDate: '2019-01-01', endDate: '2022-12-31' });
    const sittingB = await aSittingMember(t, b.id, 'association');
    as.admin = t.admin;
    as.secretariat = (await aUserWithRole(t, 'secretariat')).http;
    as.direction = (await aUserWithRole(t, 'direction')).http;
    as['member of A'] = (await aUserWithRole(t, 'member', sittingA.personId)).http;
    as['former member of A'] = (await aUserWithRole(t, 'member', formerA.personId)).http;
    as['member of B'] = (await aUserWithRole(t, 'member', sittingB.personId)).http;
    const otherMemberOfA = (await aUserWithRole(t, 'member', otherA.personId)).http;

    for (const [key, body] of [
      ['meetingA', a],
      ['meetingB', b],
    ] as const) {
      const meeting = await aMeeting(t, body.id);
      ids[key] = meeting.id;
      const published = await t.admin.post(`/meetings/${meeting.id}/agenda/items`, {
        title: 'Point publié',
        kind: 'discussion',
      });
      const form = aForm(await aPdf(), 'Note publiée.pdf', { itemId: published.body.id });
      ids[key === 'meetingA' ? 'documentA' : 'documentB'] = (
        await t.admin.multipart(`/meetings/${meeting.id}/documents`, form)
      ).body.id;
      await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
      await t.admin.post(`/meetings/${meeting.id}/agenda/items`, { title: 'Brouillon confidentiel', kind: 'decision' });
      await t.admin.post(`/meetings/${meeting.id}/guests`, { fullName: 'Invitée Extérieure' });
    }
    const ask = async (client: HttpClient, title: string) =>
      (await client.post(`/meetings/${ids.meetingA}/agenda/requests`, { title })).body.id as string;
    requests = {
      mine: await ask(as['member of A'], 'Ma demande refusée'),
      minePending: await ask(as['member of A'], 'Ma demande en attente'),
      othersDeclined: await ask(otherMemberOfA, 'Demande refusée d’un autre'),
      othersPending: await ask(otherMemberOfA, 'Demande en attente d’un autre'),
    };
    for (const id of [requests.mine, requests.othersDeclined]) {
      await t.admin.post(`/agenda-requests/${id}/decline`, { reason: 'Hors du champ du comité' });
    }
  });
  afterAll(() => t.close());

  const routes: [string, () => string, Reader[]][] = [
    ['GET /bodies/:bodyId', () => `/bodies/${ids.bodyA}`, EVERYONE],
    ['GET /bodies/:bodyId/composition', () => `/bodies/${ids.bodyA}/composition`, EVERYONE],
    ['GET /bodies/:bodyId/meetings', () => `/bodies/${ids.bodyA}/meetings`, EVERYONE],
    ['GET /bodies/:bodyId/calendar.ics', () => `/bodies/${ids.bodyA}/calendar.ics`, EVERYONE],
    ['GET /meetings/:meetingId', () => `/meetings/${ids.meetingA}`, EVERYONE],
    ['GET /meetings/:meetingId/agenda/versions', () => `/meetings/${ids.meetingA}/agenda/versions`, EVERYONE],
    ['GET /meetings/:meetingId/agenda', () => `/meetings/${ids.meetingA}/agenda`, STAFF],
    ['GET /bodies/:bodyId/memberships', () => `/bodies/${ids.bodyA}/memberships`, STAFF_AND_SITTING],
    ['GET /meetings/:meetingId/attendance', () => `/meetings/${ids.meetingA}/attendance`, STAFF_AND_SITTING],
    ['GET /meetings/:meetingId/guests', () => `/meetings/${ids.meetingA}/guests`, STAFF_AND_SITTING],
    ['GET /meetings/:meetingId/agenda/requests', () => `/meetings/${ids.meetingA}/agenda/requests`, STAFF_AND_SITTING],
    ['GET /meetings/:meetingId/documents', () => `/meetings/${ids.meetingA}/documents`, DOCUMENT_READERS],
    ['GET /documents/:documentId', () => `/documents/${ids.documentA}`, DOCUMENT_READERS],
  ];

  it.each(routes)('%s on body A: read by exactly the readers it should', async (_route, path, allowed) => {
    const outcome: Record<string, number> = {};
    for (const reader of READERS) outcome[reader] = (await as[reader].get(path())).status;
    const expected = Object.fromEntries(READERS.map((r) => [r, allowed.includes(r) ? 200 : 403]));
    expect(outcome).toEqual(expected);
  });

  it('lets a member read the business of the body they sit on (B), not of the other (A)', async () => {
    const memberOfB = as['member of B'];
    expect((await memberOfB.get(`/meetings/${ids.meetingB}/attendance`)).status).toBe(200);
    expect((await memberOfB.get(`/meetings/${ids.meetingB}/guests`)).status).toBe(200);
    const refused = await memberOfB.get(`/meetings/${ids.meetingA}/attendance`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('read.attendance');
    const document = await memberOfB.get(`/documents/${ids.documentA}`);
    expect([document.status, document.body.code]).toEqual([403, 'read.documents']);
  });

  it('shows members the published agenda, never the secretariat’s unpublished changes', async () => {
    const versions = await as['member of A'].get(`/meetings/${ids.meetingA}/agenda/versions`);
    expect(versions.text).toContain('Point publié');
    expect(versions.text).not.toContain('Brouillon confidentiel');
    const draft = await as['member of A'].get(`/meetings/${ids.meetingA}/agenda`);
    expect(draft.status).toBe(403);
  });

  it('shows a member their own requests and others’ undecided ones, not others’ declined requests', async () => {
    const listed = await as['member of A'].get(`/meetings/${ids.meetingA}/agenda/requests`);
    expect(listed.body.map((r: { id: string }) => r.id).sort()).toEqual(
      [requests.mine, requests.minePending, requests.othersPending].sort(),
    );
    const all = await as.secretariat.get(`/meetings/${ids.meetingA}/agenda/requests`);
    expect(all.body).toHaveLength(4);
  });

  it('still answers 404 for a meeting that does not exist and 400 for a malformed id', async () => {
    const member = as['member of A'];
    expect((await member.get('/meetings/00000000-0000-4000-8000-000000000000/attendance')).status).toBe(404);
    expect((await member.get('/meetings/not-a-uuid/attendance')).status).toBe(400);
  });
});
