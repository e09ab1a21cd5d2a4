import { DEVELOPMENT_ADMIN } from '@quorum/config';
import { randomUUID } from 'node:crypto';
import { createApi } from '../../apps/api/src/create-api';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';
import { freePort } from '../harness/wait';

// Every login hashes or verifies an argon2 password: generous limits, so a loaded machine is never a failure.
jest.setTimeout(120_000);

const guess = (http: HttpClient, email: string, forwardedFor?: string) =>
  http.request(
    'POST',
    '/auth/login',
    { email, password: 'a wrong guess' },
    forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  );

const randomAddress = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;
const anAccount = () => `target-${randomUUID().slice(0, 8)}@example.org`;

async function statusesOf(attempts: (() => Promise<{ status: number }>)[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const attempt of attempts) statuses.push((await attempt()).status);
  return statuses;
}

describe('login rate limit, with no proxy trusted (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '3', LOGIN_ACCOUNT_RATE_LIMIT: '1000' });
  });
  afterAll(() => t.close());

  it('does not give a fresh budget to each X-Forwarded-For a client makes up', async () => {
    const email = anAccount();
    const statuses = await statusesOf(Array.from({ length: 5 }, () => () => guess(t.http, email, randomAddress())));
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('answers 429 in the error shape, with Retry-After in seconds', async () => {
    const email = anAccount();
    for (let i = 0; i < 3; i += 1) await guess(t.http, email);
    const refused = await guess(t.http, email);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'auth.rate_limited',
      message: expect.stringMatching(
        /^Trop de tentatives de connexion pour ce compte\u202f; réessayez dans \d+ secondes$/,
      ),
      params: { seconds: expect.any(Number) },
    });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('refuses even the right password once the budget is spent, and leaves other accounts alone', async () => {
    for (let i = 0; i < 3; i += 1) await guess(t.http, DEVELOPMENT_ADMIN.email.toUpperCase());
    expect((await t.http.post('/auth/login', DEVELOPMENT_ADMIN)).status).toBe(429);
    expect((await guess(t.http, anAccount())).status).toBe(401);
  });

  it('shares the count between two API processes on the same Redis', async () => {
    const second = await createApi(t.config);
    await second.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const other = new HttpClient(await second.app.getUrl());
      const email = anAccount();
      const statuses = await statusesOf([
        () => guess(t.http, email),
        () => guess(other, email),
        () => guess(t.http, email),
        () => guess(other, email),
      ]);
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await second.app.close();
    }
  });
});

describe('login rate limit behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '127.0.0.1', LOGIN_RATE_LIMIT: '3', LOGIN_ACCOUNT_RATE_LIMIT: '5' });
  });
  afterAll(() => t.close());

  it('counts per client address when the proxy is trusted', async () => {
    const email = anAccount();
    const statuses = await statusesOf([
      ...Array.from({ length: 4 }, () => () => guess(t.http, email, '192.0.2.1')),
      () => guess(t.http, email, '192.0.2.2'),
    ]);
    expect(statuses).toEqual([401, 401, 401, 429, 401]);
  });

  it('limits one account across addresses: spreading guesses over many addresses does not help', async () => {
    const email = anAccount();
    const statuses = await statusesOf(Array.from({ length: 7 }, () => () => guess(t.http, email, randomAddress())));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});

describe('login rate limit without Redis', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${await freePort()}`, LOGIN_RATE_LIMIT: '2' });
  });
  afterAll(() => t.close());

  it('still limits attempts, counting in memory', async () => {
    const email = anAccount();
    const statuses = await statusesOf(Array.from({ length: 3 }, () => () => guess(t.http, email)));
    expect(statuses).toEqual([401, 401, 429]);
  });
});
