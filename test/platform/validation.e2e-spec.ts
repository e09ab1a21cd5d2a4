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
      code: 'validation.invalid_json',
      message: 'Le corps de la requête n’est pas du JSON valide',
      params: {},
      details: [expect.objectContaining({ field: 'body', code: 'validation.invalid_json' })],
    });
    expect([await bodiesCount(), await auditCount()]).toEqual(before);
  });

  it('answers an unknown field with 400 naming it', async () => {
    const response = await t.admin.post('/bodies', { ...aBody, colour: 'blue' });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'colour', code: 'validation.unknown_field' }),
    ]);
    expect(response.body.code).toBe('validation.failed');
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
        expect.objectContaining({ field: 'noticeDays', code: 'validation.is_int' }),
        expect.objectContaining({ field: 'categories.0.seats', code: 'validation.is_int' }),
      ]),
    );
    expect(await bodiesCount()).toBe(1);
  });

  it('says which fields are missing, one line per field', async () => {
    const response = await t.admin.post('/bodies', { slug: 'no-name' });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'name', code: 'validation.required' }),
      expect.objectContaining({ field: 'categories', code: 'validation.required' }),
    ]);
  });

  it('refuses null for a field a change may omit but not clear', async () => {
    const gram = (await t.admin.get('/bodies')).body[0];
    const response = await t.admin.patch(`/bodies/${gram.id}`, { name: null, categories: null, noticeDays: null });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'name', code: 'validation.not_null' }),
      expect.objectContaining({ field: 'categories', code: 'validation.not_null' }),
      expect.objectContaining({ field: 'noticeDays', code: 'validation.not_null' }),
    ]);
  });

  it('refuses a body that is not a JSON object, and one that is not JSON at all', async () => {
    const array = await t.admin.request('POST', '/bodies', '[]');
    expect(array.status).toBe(400);
    expect(array.body.details).toEqual([
      expect.objectContaining({ field: 'body', code: 'validation.not_json_object' }),
    ]);
    const text = await t.admin.request('POST', '/bodies', 'hello', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
  });

  it('answers a path id that is not a UUID with 400, not a database error', async () => {
    const response = await t.admin.get('/bodies/not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ field: 'bodyId', code: 'validation.is_uuid' })]);
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
      expect.objectContaining({ field: 'categories.1.code', code: 'body.category_code_repeated' }),
      expect.objectContaining({ field: 'quorum.numerator', code: 'body.quorum_numerator_too_big' }),
      expect.objectContaining({
        field: 'quorum.minimumPerCategory.nobody',
        code: 'body.quorum_minimum_unknown_category',
      }),
    ]);
    expect(await bodiesCount()).toBe(1);
  });
});
