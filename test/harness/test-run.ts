import { loadConfig } from '@quorum/config';

/** Where the tests find PostgreSQL and Redis (the same defaults as the service). */
export function serverUrls(): { postgres: string; redis: string } {
  const config = loadConfig({ DATABASE_URL: process.env.TEST_DATABASE_URL, REDIS_URL: process.env.REDIS_URL });
  return { postgres: config.database.url, redis: config.redis.url };
}

/** The id of this test run: set by globalSetup, inherited by every jest worker. */
export function runId(): string {
  const id = process.env.QUORUM_TEST_RUN;
  if (!id) throw new Error('QUORUM_TEST_RUN is unset: run the tests through jest (npm test)');
  return id;
}

export const DB_PREFIX = 'quorum_test_';
export const templateDatabase = (run: string) => `${DB_PREFIX}${run}_tpl`;
export const redisPrefix = (run: string) => `quorum-test-${run}`;

/** The URL of one database on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(serverUrls().postgres);
  url.pathname = `/${name}`;
  return url.toString();
}
