import 'reflect-metadata';
import { ConfigError, loadConfig } from '@quorum/config';
import { canUsePostgres, ensureDatabaseExists, EmbeddedPostgres, startEmbeddedPostgres } from '@quorum/db';
import concurrently from 'concurrently';
import { resolve } from 'node:path';

const log = (line: string) => console.log(`[start] ${line}`);

/**
 * `npm start`: finds PostgreSQL (or starts an embedded one when DATABASE_URL is unset and none
 * answers), makes sure the database exists, then runs the API (which applies pending migrations)
 * and the worker as two processes until one of them stops or the user presses Ctrl-C.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let databaseUrl = config.database.url;
  let embedded: EmbeddedPostgres | undefined;

  if (!(await canUsePostgres(databaseUrl))) {
    if (config.database.urlWasSet || config.database.embedded === 'never') {
      throw new Error(`No PostgreSQL lets us in at ${databaseUrl} (DATABASE_URL); start it or correct the URL`);
    }
    log(`No PostgreSQL lets us in at ${databaseUrl}; starting an embedded one under ${config.database.dataDir}/`);
    embedded = await startEmbeddedPostgres(config.database.dataDir, log);
    databaseUrl = embedded.url;
  }
  await ensureDatabaseExists(databaseUrl);

  const dist = resolve(__dirname, '..');
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const { result } = concurrently(
    [
      { name: 'api', command: `node ${resolve(dist, 'apps/api/src/main.js')}`, env, prefixColor: 'cyan' },
      { name: 'worker', command: `node ${resolve(dist, 'apps/worker/src/main.js')}`, env, prefixColor: 'magenta' },
    ],
    { killOthersOn: ['failure', 'success'], prefix: 'name' },
  );
  const stopEmbedded = async () => {
    if (embedded) await embedded.stop();
  };
  await result.then(stopEmbedded, async (events: unknown) => {
    await stopEmbedded();
    const failed =
      Array.isArray(events) &&
      events.some(
        (e: { exitCode?: unknown }) => e.exitCode !== 0 && e.exitCode !== 'SIGTERM' && e.exitCode !== 'SIGINT',
      );
    if (failed) process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `[start] ${(error as Error).message ?? error}`);
  process.exit(1);
});
