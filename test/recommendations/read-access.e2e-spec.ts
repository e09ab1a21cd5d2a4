import { aGramLikeBody, aMeeting, aSittingMember, aUserWithRole } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';

// Every login hashes or verifies an argon2 password: generous limits, so a loaded machine is never a failure.
jest.setTimeout(120_000);

type Reader = 'admin' | 'secretariat' | 'direction' | 'member of A' | 'former member of A' | 'member of B';
const READERS: Reader[] = ['admin', 'secretariat', 'direction', 'member of A', 'former member of A', 'member of B'];
const FOLLOW_UP: Reader[] = ['admin', 'secretariat', 'direction', 'member of A'];
const STAFF_AND_SITTING: Reader[] = ['admin', 'secretariat', 'member of A'];

/** A recommendation of a body at the given status, written straight into the database. */
async function aRecommendation(t: TestApp, bodyId: string, title: string, status: string): Promise<string> {
  const [{ id: adminId }] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`);
  const [proposal] = await t.sql<{ id: string }>(
    `INSERT INTO proposals (body_id, title, text, version, status, author_membership_ids, created_by, decided_at)
     VALUES ($1, $2, 'Texte adopté', 1, 'adopted', '{}', $3, now()) RETURNING id`,
    [bodyId, title, adminId],
  );
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO recommendations (body_id, proposal_id, title, text, status, transmitted_at)
     VALUES ($1, $2, $3, 'Texte adopté', $4::varchar, CASE WHEN $4::varchar = 'adopted' THEN NULL ELSE now() END) RETURNING id`,
    [bodyId, proposal.id, title, status],
  );
  return row.id;
}

/**
 * Who reads the recommendations and actions of body A (issue 17, read rule): the staff all; the
 * members sitting on A today A's; the direction what was transmitted to it, and the actions; a
 * former member or a member of another body nothing but the public open data.
 */
describe('reading recommendations and actions, two bodies', () => {
  let t: TestApp;
  const as = {} as Record<Reader, HttpClient>;
  const ids = {} as Record<'bodyA' | 'bodyB' | 'meetingA' | 'adoptedA' | 'transmittedA' | 'transmittedB', string>;

  beforeAll(async () => {
    t = await startTestApp();
    const [a, b] = [await aGramLikeBody(t, { name: 'Comité A' }), await aGramLikeBody(t, { name: 'Comité B' })];
    ids.bodyA = a.id;
    ids.bodyB = b.id;
    const sittingA = await aSittingMember(t, a.id, 'association');
    const formerA = await aSittingMember(t, a.id, 'researcher', { startDate: '2019-01-01', endDate: '2022-12-31' });
    const sittingB = await aSittingMember(t, b.id, 'association');
    as.admin = t.admin;
    as.secretariat = (await aUserWithRole(t, 'secretariat')).http;
    as.direction = (await aUserWithRole(t, 'direction')).http;
    as['member of A'] = (await aUserWithRole(t, 'member', sittingA.personId)).http;
    as['former member of A'] = (await aUserWithRole(t, 'member', formerA.personId)).http;
    as['member of B'] = (await aUserWithRole(t, 'member', sittingB.personId)).http;

    ids.adoptedA = await aRecommendation(t, a.id, 'A — encore au comité', 'adopted');
    ids.transmittedA = await aRecommendation(t, a.id, 'A — transmise', 'transmitted');
    ids.transmittedB = await aRecommendation(t, b.id, 'B — transmise', 'transmitted');
    ids.meetingA = (await aMeeting(t, a.id)).id;
    await t.admin.post(`/meetings/${ids.meetingA}/actions`, { title: 'Relancer le département', assignee: 'DG' });
  });
  afterAll(() => t.close());

  const routes: [string, () => string, Reader[]][] = [
    ['GET /recommendations?bodyId=A', () => `/recommendations?bodyId=${ids.bodyA}`, FOLLOW_UP],
    ['GET /recommendations/:id (transmitted, of A)', () => `/recommendations/${ids.transmittedA}`, FOLLOW_UP],
    ['GET /recommendations/:id (still adopted, of A)', () => `/recommendations/${ids.adoptedA}`, STAFF_AND_SITTING],
    ['GET /bodies/A/recommendations/summary', () => `/bodies/${ids.bodyA}/recommendations/summary`, FOLLOW_UP],
    ['GET /meetings/:meetingId/actions (of A)', () => `/meetings/${ids.meetingA}/actions`, FOLLOW_UP],
  ];

  it.each(routes)('%s: read by exactly the readers it should', async (_route, path, allowed) => {
    const outcome: Record<string, number> = {};
    for (const reader of READERS) outcome[reader] = (await as[reader].get(path())).status;
    const expected = Object.fromEntries(READERS.map((r) => [r, allowed.includes(r) ? 200 : 403]));
    expect(outcome).toEqual(expected);
  });

  it('lists to each reader, without a body filter, exactly the recommendations they may read', async () => {
    const titles = async (reader: Reader) =>
      ((await as[reader].get('/recommendations')).body as { title: string }[]).map((r) => r.title).sort();
    expect(await titles('secretariat')).toEqual(['A — encore au comité', 'A — transmise', 'B — transmise']);
    expect(await titles('direction')).toEqual(['A — transmise', 'B — transmise']);
    expect(await titles('member of A')).toEqual(['A — encore au comité', 'A — transmise']);
    expect(await titles('member of B')).toEqual(['B — transmise']);
    expect(await titles('former member of A')).toEqual([]);
  });

  it('counts for the direction only what was transmitted to it, for the body all of it', async () => {
    const summary = async (reader: Reader) =>
      (await as[reader].get(`/bodies/${ids.bodyA}/recommendations/summary`)).body.byStatus;
    expect(await summary('direction')).toMatchObject({ adopted: 0, transmitted: 1 });
    expect(await summary('member of A')).toMatchObject({ adopted: 1, transmitted: 1 });
  });

  it('exports to the direction only the transmitted recommendations', async () => {
    const csv = (await as.direction.get(`/bodies/${ids.bodyA}/recommendations/export.csv`)).text;
    expect(csv).toContain('A — transmise');
    expect(csv).not.toContain('A — encore au comité');
  });

  it('tells a member of another body why, and points at the public open data', async () => {
    const refused = await as['member of B'].get(`/recommendations?bodyId=${ids.bodyA}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('read.recommendations');
    expect(refused.body.message).toContain('données ouvertes');
    const publicPapers = await t.http.get(`/oparl/v1/bodies/${ids.bodyA}/papers`);
    expect(publicPapers.body.data.map((p: { name: string }) => p.name).sort()).toEqual([
      'A — encore au comité',
      'A — transmise',
    ]);
  });

  it('still answers 404 for a recommendation or body that does not exist and 400 for a malformed filter', async () => {
    const member = as['member of B'];
    expect((await member.get('/recommendations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await member.get('/recommendations?bodyId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await member.get('/recommendations?bodyId=nope')).status).toBe(400);
  });
});
