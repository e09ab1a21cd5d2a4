import { DEVELOPMENT_ADMIN } from '@quorum/config';
import { aUserWithRole } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '5' });
  });
  afterAll(() => t.close());

  it('logs the bootstrap admin in and tells who is calling', async () => {
    const login = await t.http.post('/auth/login', DEVELOPMENT_ADMIN);
    expect(login.status).toBe(200);
    expect(login.body.user).toEqual({
      id: expect.any(String),
      email: DEVELOPMENT_ADMIN.email,
      role: 'admin',
      personId: null,
    });
    const me = await t.http.as(login.body.accessToken).get('/auth/me');
    expect(me.body).toEqual({ ...login.body.user, language: 'fr', mandates: [] });
  });

  it('refuses a wrong password with 401 and no token', async () => {
    const login = await t.http.post('/auth/login', { email: 'someone@example.org', password: 'wrong' });
    expect(login.status).toBe(401);
    expect(login.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'auth.bad_credentials',
      message: 'L’adresse électronique ou le mot de passe est incorrect',
      params: {},
    });
    expect(login.body.accessToken).toBeUndefined();
  });

  it('answers 401 without a token and with a forged one', async () => {
    expect((await t.http.get('/bodies')).status).toBe(401);
    const forged = await t.http.as('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad').get('/bodies');
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('auth.token_expired');
  });

  it('answers 403 to a role the matrix does not list, naming the roles allowed', async () => {
    const member = await aUserWithRole(t, 'member');
    const response = await member.http.get('/users');
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('auth.role_forbidden');
  });

  it('slows down password guessing: past the limit, attempts on one account get 429', async () => {
    const attempt = () => t.http.post('/auth/login', { email: 'target@example.org', password: 'guess' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Another account from the same address is not locked out by it.
    expect((await t.http.post('/auth/login', DEVELOPMENT_ADMIN)).status).toBe(200);
  });

  it('refuses a second user with the same email, whatever its case, with 409', async () => {
    const first = await t.admin.post('/users', {
      email: 'Dup@Example.org',
      password: 'long enough password',
      role: 'secretariat',
    });
    expect(first.status).toBe(201);
    const second = await t.admin.post('/users', {
      email: 'dup@example.org',
      password: 'long enough password',
      role: 'direction',
    });
    expect(second.status).toBe(409);
    expect(second.body.details).toEqual([expect.objectContaining({ field: 'email', code: 'user.email_taken' })]);
  });

  it('never returns password hashes', async () => {
    const users = await t.admin.get('/users');
    expect(users.status).toBe(200);
    expect(users.text).not.toMatch(/argon2|passwordHash/);
  });
});
