import { DEVELOPMENT_ADMIN } from '@quorum/config';
import { createHmac, randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../harness/test-app';

// Every login hashes or verifies an argon2 password: generous limits, so a loaded machine is never a failure.
jest.setTimeout(120_000);

/** A JWT signed by hand, so that a test can forge exactly the token it needs. */
function aToken(header: Record<string, unknown>, claims: Record<string, unknown>, secret: string | null): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part(header)}.${part(claims)}`;
  const signature =
    secret === null
      ? ''
      : createHmac(String(header.alg).replace('HS', 'sha'), secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

describe('access tokens', () => {
  let t: TestApp;
  let admin: { id: string; email: string };
  let secret: string;
  const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
  const validClaims = () => ({ sub: admin.id, email: admin.email, role: 'admin', pid: null, ver: 0, exp: inAnHour() });
  const callWith = (token: string) => t.http.as(token).get('/bodies');

  beforeAll(async () => {
    t = await startTestApp();
    secret = t.config.auth.jwtSecret;
    admin = (await t.admin.get('/auth/me')).body;
  });
  afterAll(() => t.close());

  it('accepts a token it signed with HS256 and an expiry (the forging helper is right)', async () => {
    expect((await callWith(aToken({ alg: 'HS256', typ: 'JWT' }, validClaims(), secret))).status).toBe(200);
  });

  it.each([
    ['alg none, unsigned', { alg: 'none', typ: 'JWT' }, null],
    ['HS512 with the right secret', { alg: 'HS512', typ: 'JWT' }, 'secret'],
    ['HS384 with the right secret', { alg: 'HS384', typ: 'JWT' }, 'secret'],
  ])('refuses a token with another algorithm (%s) with 401', async (_what, header, key) => {
    const token = aToken(header, validClaims(), key === null ? null : secret);
    const response = await callWith(token);
    expect(response.status).toBe(401);
  });

  it('refuses a well-signed token without an expiry with 401', async () => {
    const { exp: _exp, ...claims } = validClaims();
    expect((await callWith(aToken({ alg: 'HS256', typ: 'JWT' }, claims, secret))).status).toBe(401);
  });

  it('refuses an expired token with 401', async () => {
    const claims = { ...validClaims(), exp: Math.floor(Date.now() / 1000) - 60 };
    expect((await callWith(aToken({ alg: 'HS256', typ: 'JWT' }, claims, secret))).status).toBe(401);
  });

  it.each(['not-a-uuid', "1' OR '1'='1", '', 42])(
    'answers a well-signed token whose sub is no user id (%j) with 401, not 400 or 500',
    async (sub) => {
      const response = await callWith(aToken({ alg: 'HS256', typ: 'JWT' }, { ...validClaims(), sub }, secret));
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('auth.token_expired');
    },
  );

  it('answers a well-signed token for a user who does not exist with 401', async () => {
    const claims = { ...validClaims(), sub: randomUUID() };
    expect((await callWith(aToken({ alg: 'HS256', typ: 'JWT' }, claims, secret))).status).toBe(401);
  });

  it('refuses a logout that carries a body with 400, and the token keeps working', async () => {
    const token = (await t.http.post('/auth/login', DEVELOPMENT_ADMIN)).body.accessToken;
    const response = await t.http.as(token).post('/auth/logout', { everywhere: false });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ field: 'body', code: 'validation.no_body' })]);
    expect((await callWith(token)).status).toBe(200);
  });

  it('logs out with 204: every token of the caller stops working, a new login works', async () => {
    const first = (await t.http.post('/auth/login', DEVELOPMENT_ADMIN)).body.accessToken;
    const second = (await t.http.post('/auth/login', DEVELOPMENT_ADMIN)).body.accessToken;
    const logout = await t.http.as(first).post('/auth/logout');
    expect(logout.status).toBe(204);
    for (const token of [first, second]) {
      const response = await callWith(token);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('auth.token_revoked');
    }
    const again = (await t.http.post('/auth/login', DEVELOPMENT_ADMIN)).body.accessToken;
    expect((await callWith(again)).status).toBe(200);
    const [event] = await t.sql(`SELECT actor_id FROM audit_events WHERE action = 'user.logout'`);
    expect(event.actor_id).toBe(admin.id);
  });
});

describe('request ids', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const idFor = async (given: string) =>
    (await t.http.request('GET', '/health', undefined, { 'x-request-id': given })).headers.get('x-request-id');

  it('keeps a short safe request id from the client', async () => {
    expect(await idFor('proxy-7f3a.42')).toBe('proxy-7f3a.42');
  });

  it.each(['<script>alert(1)</script>', 'x'.repeat(65), 'a b', 'id;rm -rf', 'é'])(
    'replaces an unsafe request id (%s) with a fresh UUID',
    async (given) => {
      expect(await idFor(given)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    },
  );
});
