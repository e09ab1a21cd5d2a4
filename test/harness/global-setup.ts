import 'reflect-metadata';
import { dataSourceOptions, ensureDatabaseExists } from '@quorum/db';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseUrl, DB_PREFIX, templateDatabase } from './test-run';

const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Migrates one template database for the whole run; each test file copies it
 * (CREATE DATABASE … TEMPLATE …) so that files stay isolated yet start in milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${Date.now().toString(36)}_${process.pid}`;
  process.env.QUORUM_TEST_RUN = run;
  await dropStaleDatabases();
  const url = databaseUrl(templateDatabase(run));
  await ensureDatabaseExists(url);
  const dataSource = new DataSource(dataSourceOptions(url, 'quorum-test-setup'));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
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
