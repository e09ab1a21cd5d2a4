import { startTestApp, TestApp } from '../harness/test-app';

describe('bad input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const bodiesCount = async () => Number((await t.sql('SELECT count(*) AS n FROM bodies'))[0].n);
  const auditCount = async () => Number((await t.sql('SELECT count(*) AS n FROM audit_events'))[0].n);

  const aBody = {
    slug: 'comite-x',
    name: 'Comité X',
    categories: [{ code: 'association', label: 'Associations', seats: 4 }],
  };

  it('answers malformed JSON with 400 naming the body, and changes nothing', async () => {
    const before = [await bodiesCount(), await auditCount()];
    const response = await t.admin.request('POST', '/bodies', '{"slug": "x", ');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid JSON',
      details: [{ field: 'body', message: 'is not valid JSON' }],
    });
    expect([await bodiesCount(), await auditCount()]).toEqual(before);
  });

  it('answers an unknown field with 400 naming it', async () => {
    const response = await t.admin.post('/bodies', { ...aBody, colour: 'blue' });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ field: 'colour', message: 'is not a known field' }]);
    expect(response.body.message).toBe('Invalid request: colour is not a known field');
  });

  it('answers a wrong type with 400 naming the field, nested ones by their path', async () => {
    const response = await t.admin.post('/bodies', {
      ...aBody,
      noticeDays: 'five',
      categories: [{ code: 'association', label: 'A', seats: '4' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'noticeDays', message: expect.stringContaining('integer') }),
        expect.objectContaining({ field: 'categories.0.seats', message: expect.stringContaining('integer') }),
      ]),
    );
    expect(await bodiesCount()).toBe(1);
  });

  it('says which fields are missing, one line per field', async () => {
    const response = await t.admin.post('/bodies', { slug: 'no-name' });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { field: 'name', message: 'is required' },
      { field: 'categories', message: 'is required' },
    ]);
  });

  it('refuses null for a field a change may omit but not clear', async () => {
    const gram = (await t.admin.get('/bodies')).body[0];
    const response = await t.admin.patch(`/bodies/${gram.id}`, { name: null, categories: null, noticeDays: null });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { field: 'name', message: 'must not be null' },
      { field: 'categories', message: 'must not be null' },
      { field: 'noticeDays', message: 'must not be null' },
    ]);
  });

  it('refuses a body that is not a JSON object, and one that is not JSON at all', async () => {
    const array = await t.admin.request('POST', '/bodies', '[]');
    expect(array.status).toBe(400);
    expect(array.body.details).toEqual([{ field: 'body', message: 'must be a JSON object' }]);
    const text = await t.admin.request('POST', '/bodies', 'hello', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
  });

  it('answers a path id that is not a UUID with 400, not a database error', async () => {
    const response = await t.admin.get('/bodies/not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ field: 'bodyId', message: 'must be a UUID' }]);
  });

  it('answers an unknown route with 404 in the same shape', async () => {
    const response = await t.admin.get('/nowhere');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('refuses incoherent body settings with 400 and stores nothing', async () => {
    const response = await t.admin.post('/bodies', {
      ...aBody,
      categories: [aBody.categories[0], aBody.categories[0]],
      quorum: { base: 'seats', numerator: 3, denominator: 2, countProxies: true, minimumPerCategory: { nobody: 1 } },
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { field: 'categories.1.code', message: 'repeats the code association' },
      { field: 'quorum.numerator', message: 'must not exceed quorum.denominator' },
      { field: 'quorum.minimumPerCategory.nobody', message: 'names no category of this body' },
    ]);
    expect(await bodiesCount()).toBe(1);
  });
});
