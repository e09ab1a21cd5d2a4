import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, DEVELOPMENT_ADMIN, loadConfig } from '@quorum/config';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApi } from '../../apps/api/src/create-api';
import { deleteRedisKeys } from './global-teardown';
import { CHEAP_PASSWORD_HASHING } from './password-hashing';
import { HttpClient } from './http-client';
import { TestClock } from './test-clock';
import { freePort } from './wait';
import { databaseUrl, DB_PREFIX, redisPrefix, runId, serverUrls, templateDatabase } from './test-run';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** Every route the API registered, as `METHOD /path`. */
  routes: string[];
  /** Anonymous client; `.as(token)` for a logged-in one. */
  http: HttpClient;
  /** The admin's client (the bootstrap admin). */
  admin: HttpClient;
  /** The API's clock: `t.clock.at(instant, () => …)` runs requests at another time. */
  clock: TestClock;
  /** Direct SQL on this test's own database, for setup and for checking what was stored. */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A database copied from the run's migrated template, private to the caller. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const run = runId();
  const name = `${DB_PREFIX}${run}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(templateDatabase(run))}`,
    );
  } finally {
    await admin.end();
  }
  return {
    name,
    url: databaseUrl(name),
    drop: async () => {
      const client = new Client({ connectionString: databaseUrl('postgres') });
      await client.connect();
      await client
        .query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
        .finally(() => client.end());
    },
  };
}

/**
 * The API listening on a port picked before it starts (its `PUBLIC_URL` names that port); another
 * process may take a free port first, so a port found taken is given up for another one.
 */
async function listening(
  configAt: (port: number) => AppConfig,
  clock: TestClock,
): Promise<{ app: NestFastifyApplication; routes: string[]; config: AppConfig }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const config = configAt(port);
    const { app, routes } = await createApi(config, { clock });
    try {
      await app.listen({ port, host: '127.0.0.1' });
      return { app, routes, config };
    } catch (error) {
      await app.close();
      if ((error as { code?: string }).code !== 'EADDRINUSE' || attempt === 5) throw error;
    }
  }
}

/**
 * Starts the real API on a fresh database and a private Redis prefix, listening on a free port that
 * is also its PUBLIC_URL (unless `env` sets one).
 * `env` overrides configuration variables (REDIS_URL, LOGIN_RATE_LIMIT, ...); `databaseUrlForApp`
 * lets the app reach its database another way (through a TcpProxy) than the test's own SQL.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { databaseUrlForApp?: (url: string) => string } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const prefix = `${redisPrefix(runId())}-${database.name.slice(-8)}`;
  // Files the app keeps (the audit checkpoint, e-mails) stay private to the test too.
  const dataDir = mkdtempSync(join(tmpdir(), 'quorum-test-data-'));
  const configAt = (port: number) =>
    loadConfig({
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      DATABASE_URL: options.databaseUrlForApp?.(database.url) ?? database.url,
      REDIS_URL: serverUrls().redis,
      REDIS_PREFIX: prefix,
      LOGIN_RATE_LIMIT: '1000',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      ...CHEAP_PASSWORD_HASHING,
      // The app's public address is where it really listens, so that the URLs it builds answer.
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    });
  const clock = new TestClock();
  const { app, routes, config } = await listening(configAt, clock);
  const http = new HttpClient(await app.getUrl());
  const login = await http.post('/auth/login', DEVELOPMENT_ADMIN);
  if (login.status !== 200) throw new Error(`The bootstrap admin could not log in: ${login.text}`);
  const sqlClient = new Client({ connectionString: database.url });
  await sqlClient.connect();

  return {
    app,
    config,
    routes,
    clock,
    http,
    admin: http.as(login.body.accessToken),
    sql: async (text, params) => (await sqlClient.query(text, params)).rows,
    close: async () => {
      await sqlClient.end();
      await app.close();
      await database.drop();
      await deleteRedisKeys(`${prefix}*`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
