import { randomUUID } from 'node:crypto';
import { aGramLikeBody, aMeeting, aPerson, aSittingMember } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

const NUL = 'a\u0000b';
const LONE_SURROGATE = '\ud800';

/**
 * Text that no field may hold, in every write route that takes text: a NUL (PostgreSQL refuses it,
 * which used to be a 500), other C0 controls, and a UTF-16 surrogate without its pair (which made
 * the email validator throw a URIError, also a 500).
 */
describe('text that cannot be stored', () => {
  let t: TestApp;
  let ids: Record<'body' | 'person' | 'membership' | 'meeting' | 'item', string>;
  beforeAll(async () => {
    t = await startTestApp();
    const body = await aGramLikeBody(t);
    const person = await aPerson(t);
    const { membershipId } = await aSittingMember(t, body.id, 'association');
    const meeting = await aMeeting(t, body.id);
    const item = await t.admin.post(`/meetings/${meeting.id}/agenda/items`, { title: 'Point', kind: 'discussion' });
    ids = { body: body.id, person: person.id, membership: membershipId, meeting: meeting.id, item: item.body.id };
  });
  afterAll(() => t.close());

  const auditCount = async () => Number((await t.sql('SELECT count(*) AS n FROM audit_events'))[0].n);
  const categories = [{ code: 'association', label: 'Associations', seats: 3 }];

  /** [route, path, body, the field that carries the bad text] */
  const cases: [string, () => string, (bad: string) => Record<string, unknown>, string][] = [
    [
      'POST /bodies',
      () => '/bodies',
      (bad) => ({ slug: `s-${randomUUID().slice(0, 6)}`, name: bad, categories }),
      'name',
    ],
    ['PATCH /bodies/:bodyId', () => `/bodies/${ids.body}`, (bad) => ({ name: bad }), 'name'],
    ['POST /people', () => '/people', (bad) => ({ fullName: bad }), 'fullName'],
    ['PATCH /people/:personId', () => `/people/${ids.person}`, (bad) => ({ organisation: bad }), 'organisation'],
    [
      'POST /bodies/:bodyId/memberships',
      () => `/bodies/${ids.body}/memberships`,
      (bad) => ({ personId: ids.person, category: bad, startDate: '2027-01-01' }),
      'category',
    ],
    [
      'PATCH /memberships/:membershipId',
      () => `/memberships/${ids.membership}`,
      (bad) => ({ endReason: bad }),
      'endReason',
    ],
    [
      'POST /bodies/:bodyId/meetings',
      () => `/bodies/${ids.body}/meetings`,
      (bad) => ({ title: bad, startsAt: '2027-06-01T10:00:00Z' }),
      'title',
    ],
    ['PATCH /meetings/:meetingId', () => `/meetings/${ids.meeting}`, (bad) => ({ location: bad }), 'location'],
    [
      'POST /meetings/:meetingId/agenda/items',
      () => `/meetings/${ids.meeting}/agenda/items`,
      (bad) => ({ title: 'Point', kind: 'decision', description: bad }),
      'description',
    ],
    ['PATCH /agenda-items/:itemId', () => `/agenda-items/${ids.item}`, (bad) => ({ presenter: bad }), 'presenter'],
    [
      'POST /meetings/:meetingId/agenda/requests',
      () => `/meetings/${ids.meeting}/agenda/requests`,
      (bad) => ({ title: bad }),
      'title',
    ],
    [
      'POST /meetings/:meetingId/guests',
      () => `/meetings/${ids.meeting}/guests`,
      (bad) => ({ fullName: bad }),
      'fullName',
    ],
    ['POST /meetings/:meetingId/cancel', () => `/meetings/${ids.meeting}/cancel`, (bad) => ({ reason: bad }), 'reason'],
    [
      'POST /users',
      () => '/users',
      (bad) => ({ email: `${bad}@example.org`, password: 'long enough password', role: 'direction' }),
      'email',
    ],
    ['POST /auth/login', () => '/auth/login', (bad) => ({ email: `${bad}@x.org`, password: 'whatever' }), 'email'],
    ['PATCH /auth/me', () => '/auth/me', (bad) => ({ language: bad }), 'language'],
  ];

  it.each(cases)(
    '%s refuses a NUL byte with 400 naming the field, and changes nothing',
    async (route, path, body, field) => {
      const before = await auditCount();
      const response = await t.admin.request(route.split(' ')[0], path(), body(NUL));
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        expect.objectContaining({ field: field, code: 'validation.control_characters' }),
      ]);
      expect(await auditCount()).toBe(before);
    },
  );

  it.each(cases)('%s refuses an unpaired surrogate with 400 naming the field', async (route, path, body, field) => {
    const response = await t.admin.request(route.split(' ')[0], path(), body(LONE_SURROGATE));
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: field, code: 'validation.lone_surrogate' }),
    ]);
  });

  it.each(['\u0001', '\u001b[31m', '\u007f', '\u000b'])('refuses the control character %j', async (control) => {
    const response = await t.admin.post('/people', { fullName: `Jeanne${control}` });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'fullName', code: 'validation.control_characters' }),
    ]);
  });

  it('names nested fields by their path', async () => {
    const response = await t.admin.post('/bodies', {
      slug: 'nested',
      name: 'Nested',
      categories: [{ code: 'association', label: NUL, seats: 3 }],
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'categories.0.label', code: 'validation.control_characters' }),
    ]);
  });

  it('refuses a control character in a query string, naming the parameter', async () => {
    const response = await t.admin.get(`/bodies/${ids.body}/memberships?activeOn=2027-01-01%00`);
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'activeOn', code: 'validation.control_characters' }),
    ]);
  });

  it('keeps line breaks and tabs in a text, and a character outside the BMP written as a surrogate pair', async () => {
    const description = 'Première ligne\r\nDeuxième ligne\tavec une tabulation 🗳️';
    const response = await t.admin.post(`/meetings/${ids.meeting}/agenda/items`, {
      title: 'Point à plusieurs lignes',
      kind: 'information',
      description,
    });
    expect(response.status).toBe(201);
    expect(response.body.description).toBe(description);
  });
});
