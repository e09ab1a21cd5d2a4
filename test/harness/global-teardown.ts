import { Client } from 'pg';
import { deleteRedisKeysAt } from './redis-keys';
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

export function deleteRedisKeys(pattern: string): Promise<void> {
  return deleteRedisKeysAt(serverUrls().redis, pattern);
}
