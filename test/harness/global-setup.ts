import 'reflect-metadata';
import { dataSourceOptions, ensureDatabaseExists } from '@quorum/db';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import Redis from 'ioredis';
import { deleteRedisKeys } from './global-teardown';
import { databaseUrl, DB_PREFIX, redisPrefix, serverUrls, templateDatabase } from './test-run';

const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Migrates one template database for the whole run; each test file copies it
 * (CREATE DATABASE … TEMPLATE …) so that files stay isolated yet start in milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${Date.now().toString(36)}_${process.pid}`;
  process.env.QUORUM_TEST_RUN = run;
  await dropStaleDatabases();
  await deleteStaleRedisKeys();
  const url = databaseUrl(templateDatabase(run));
  await ensureDatabaseExists(url);
  const dataSource = new DataSource(dataSourceOptions(url, 'quorum-test-setup'));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}

/** Redis keys left by runs that were killed before their teardown. */
async function deleteStaleRedisKeys(): Promise<void> {
  const redis = new Redis(serverUrls().redis, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  const stale = new Set<string>();
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix('')}*`, 'COUNT', 1000);
      for (const key of keys) {
        const run = key.slice(redisPrefix('').length).split(/[-:]/)[0];
        if (Date.now() - parseInt(run.split('_')[0], 36) > STALE_AFTER_MS) stale.add(run);
      }
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  } catch {
    redis.disconnect();
  }
  for (const run of stale) await deleteRedisKeys(`${redisPrefix(run)}*`);
}

/** Databases left by runs that were killed before their teardown. */
async function dropStaleDatabases(): Promise<void> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${DB_PREFIX}%`,
    ]);
    for (const { datname } of rows) {
      const startedAt = parseInt(datname.slice(DB_PREFIX.length).split('_')[0], 36);
      if (Date.now() - startedAt > STALE_AFTER_MS) {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
      }
    }
  } finally {
    await client.end();
  }
}
