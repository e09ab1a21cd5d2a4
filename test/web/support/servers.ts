import { join } from 'node:path';
import { deleteRedisKeysAt } from '../../harness/redis-keys';

/**
 * Playwright compiles TypeScript with Babel, whose decorators are not the ones class-validator
 * expects; so the browser tests read the configuration from the build (`npm run build` comes first
 * in `npm test`), not from libs/config's sources, and keep away from test/harness modules that load it.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(__dirname, '../../../dist/libs/config/src')) as typeof import('@quorum/config');

export const DEVELOPMENT_ADMIN = config.DEVELOPMENT_ADMIN;
export const DB_PREFIX = 'quorum_test_';

/** PostgreSQL and Redis as the jest harness finds them (TEST_DATABASE_URL, REDIS_URL, else the defaults). */
export function serverUrls(): { postgres: string; redis: string } {
  const loaded = config.loadConfig({ DATABASE_URL: process.env.TEST_DATABASE_URL, REDIS_URL: process.env.REDIS_URL });
  return { postgres: loaded.database.url, redis: loaded.redis.url };
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrls().postgres);
  url.pathname = `/${name}`;
  return url.toString();
}

export function deleteRedisKeys(pattern: string): Promise<void> {
  return deleteRedisKeysAt(serverUrls().redis, pattern);
}
