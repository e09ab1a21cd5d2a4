import { aMeeting, theGramBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

/** Issue 13, point 16: messages in French first, English on request, with a stable code. */
describe('messages in the reader’s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const missing = '/meetings/00000000-0000-4000-8000-000000000000';

  it('answers in French by default and in English with Accept-Language: en, under the same code', async () => {
    const french = await t.admin.get(missing);
    const english = await t.admin.request('GET', missing, undefined, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(french.status).toBe(404);
    expect(english.status).toBe(404);
    expect(french.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'meeting.not_found',
      message: 'La séance 00000000-0000-4000-8000-000000000000 n’existe pas',
      params: { id: '00000000-0000-4000-8000-000000000000' },
    });
    expect(english.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'meeting.not_found',
      message: 'Meeting 00000000-0000-4000-8000-000000000000 does not exist',
      params: { id: '00000000-0000-4000-8000-000000000000' },
    });
  });

  it('weighs the languages asked for, and falls back on French for one it does not speak', async () => {
    const preferringFrench = await t.admin.request('GET', missing, undefined, {
      'accept-language': 'en;q=0.4, fr;q=0.8',
    });
    const german = await t.admin.request('GET', missing, undefined, { 'accept-language': 'de-DE' });
    expect(preferringFrench.body.message).toMatch(/^La séance/);
    expect(german.body.message).toMatch(/^La séance/);
  });

  it('names the bad field of a validation error in both languages, nested ones by their path', async () => {
    const aBody = {
      slug: 'comite-x',
      name: 'Comité X',
      categories: [{ code: 'association', label: 'A', seats: 'four' }],
    };
    const french = await t.admin.post('/bodies', aBody);
    const english = await t.admin.request('POST', '/bodies', aBody, { 'accept-language': 'en' });
    expect(french.status).toBe(400);
    expect(french.body.code).toBe('validation.failed');
    expect(english.body.code).toBe('validation.failed');
    expect(french.body.details).toEqual([
      {
        field: 'categories.0.seats',
        code: 'validation.is_int',
        message: '«\u00a0categories.0.seats\u00a0» doit être un nombre entier',
        params: {},
      },
    ]);
    expect(english.body.details).toEqual([
      {
        field: 'categories.0.seats',
        code: 'validation.is_int',
        message: 'categories.0.seats must be an integer number',
        params: {},
      },
    ]);
    expect(french.body.message).toBe(
      'Requête invalide\u00a0: «\u00a0categories.0.seats\u00a0» doit être un nombre entier',
    );
  });

  it('gives a field of the wrong form the code that says which form it needs, not a generic one', async () => {
    const bad = await t.admin.post('/bodies', {
      slug: 'Comité X',
      name: 'Comité X',
      categories: [{ code: 'Association', label: 'A', seats: 4 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual(
      expect.arrayContaining([
        ['slug', 'validation.slug'],
        ['categories.0.code', 'validation.code_format'],
      ]),
    );
    expect(bad.body.details.every((d: { code: string }) => d.code !== 'validation.matches')).toBe(true);
  });

  it('gives framework refusals a generic code too', async () => {
    const unknownRoute = await t.admin.get('/no-such-route');
    const anonymous = await t.http.get('/users');
    expect(unknownRoute.body).toMatchObject({
      statusCode: 404,
      code: 'http.not_found',
      message: 'Rien ne répond à cette adresse',
    });
    expect(anonymous.body).toMatchObject({ statusCode: 401, code: 'auth.token_required' });
  });

  it('writes a rule of the body in French, with its parameters', async () => {
    const gram = await theGramBody(t);
    const meeting = await aMeeting(t, gram.id, 30);
    const convene = await t.admin.post(`/meetings/${meeting.id}/convene`, {});
    expect(convene.status).toBe(409);
    expect(convene.body.code).toBe('convening.agenda_unpublished');
    expect(convene.body.message).toBe(
      'Pour convoquer, il faut un ordre du jour publié\u202f; publiez d’abord l’ordre du jour',
    );
    expect(convene.body.details).toEqual([
      { field: 'agenda', code: 'convening.agenda_unpublished', message: convene.body.message, params: {} },
    ]);
  });

  it('gives the values of a message and of each field’s as params, for a client that translates codes itself', async () => {
    const tooLong = await t.admin.post('/people', { fullName: 'x'.repeat(1000), email: 'long@example.org' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.params).toEqual({});
    const [problem] = tooLong.body.details;
    expect(problem).toEqual({
      field: 'fullName',
      code: 'validation.max_length',
      message: expect.stringContaining('au plus 200'),
      params: { limit: 200 },
    });

    // A term (a meeting's status, an action) is given as its code, which the client translates too.
    const gram = await theGramBody(t);
    const meeting = await aMeeting(t, gram.id, 30);
    const closed = await t.admin.request('POST', `/meetings/${meeting.id}/close`, {}, { 'accept-language': 'en' });
    expect(closed.status).toBe(409);
    const params = {
      action: { term: 'meeting_action.close' },
      status: { term: 'meeting_status.planned' },
      allowed: { anyOf: [{ term: 'meeting_status.in_progress' }] },
    };
    expect(closed.body).toMatchObject({ code: 'meeting.invalid_transition', params });
    expect(closed.body.details).toEqual([expect.objectContaining({ field: 'status', params })]);
  });

  it('answers params even where the message has none, and in every refusal of the framework', async () => {
    const unknownRoute = await t.admin.get('/no-such-route');
    expect(unknownRoute.body.params).toEqual({});
    const malformed = await t.admin.request('POST', '/bodies', '{', { 'content-type': 'application/json' });
    expect(malformed.body).toMatchObject({ code: 'validation.invalid_json', params: {} });
    expect(malformed.body.details).toEqual([expect.objectContaining({ field: 'body', params: {} })]);
  });
});
