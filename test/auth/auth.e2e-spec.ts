import * as argon2 from 'argon2';
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

  it('hashes new passwords at the configured cost, and still logs in a password hashed at another one', async () => {
    const someone = await aUserWithRole(t, 'direction');
    const [{ hash }] = await t.sql('SELECT password_hash AS hash FROM users WHERE id = $1', [someone.id]);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=256,p=1,t=1\$/);
    // As if the hash was made before PASSWORD_HASH_* changed: at the production default, 64 MiB and 3 passes.
    const atDefaultCost = await argon2.hash('correct horse battery staple', { type: argon2.argon2id });
    expect(atDefaultCost).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    await t.sql('UPDATE users SET password_hash = $1 WHERE id = $2', [atDefaultCost, someone.id]);
    const login = await t.http.post('/auth/login', { email: someone.email, password: 'correct horse battery staple' });
    expect(login.status).toBe(200);
    const wrong = await t.http.post('/auth/login', { email: someone.email, password: 'correct horse battery stapler' });
    expect(wrong.status).toBe(401);
  });

  it('never returns password hashes', async () => {
    const users = await t.admin.get('/users');
    expect(users.status).toBe(200);
    expect(users.text).not.toMatch(/argon2|passwordHash/);
  });
});
