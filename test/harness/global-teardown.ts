import Redis from 'ioredis';
import { Client } from 'pg';
import { databaseUrl, DB_PREFIX, redisPrefix, runId, serverUrls } from './test-run';

/** Drops every database of this run and every Redis key under its prefix. */
export default async function globalTeardown(): Promise<void> {
  const run = runId();
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${DB_PREFIX}${run}%`,
    ]);
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
  await deleteRedisKeys(`${redisPrefix(run)}*`);
}

export async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new Redis(serverUrls().redis, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  } catch {
    // No Redis: nothing was written there either.
    redis.disconnect();
  }
}
