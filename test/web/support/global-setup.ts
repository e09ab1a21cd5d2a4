import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { CHEAP_PASSWORD_HASHING } from '../../harness/password-hashing';
import { freePort, waitFor } from '../../harness/wait';
import { databaseUrl, DB_PREFIX, deleteRedisKeys, serverUrls } from './servers';

const ROOT = join(__dirname, '../../..');
const API_MAIN = join(ROOT, 'dist/apps/api/src/main.js');
const WORKER_MAIN = join(ROOT, 'dist/apps/worker/src/main.js');

/**
 * Starts the built API and worker, as production runs them, on a fresh database and Redis prefix of
 * their own (the worker renders the minutes the pages ask for); every browser test talks to the API
 * at QUORUM_WEB_URL. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(ROOT, 'dist/web/index.html')) || !existsSync(API_MAIN) || !existsSync(WORKER_MAIN)) {
    throw new Error('Build first: npm run build (the browser tests run the built API and web app)');
  }
  const run = `${Date.now().toString(36)}_${process.pid}`;
  const database = `${DB_PREFIX}${run}_web`;
  // Named like the jest harness's, so that its sweep of leftovers from killed runs finds these too.
  const prefix = `quorum-test-${run}-web`;
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`).finally(() => admin.end());

  // A data folder of its own: the audit checkpoint kept there must describe this run's database, not an earlier one's.
  const dataDir = mkdtempSync(join(tmpdir(), 'quorum-web-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(database),
    REDIS_URL: serverUrls().redis,
    REDIS_PREFIX: prefix,
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  };
  const api = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, ...CHEAP_PASSWORD_HASHING, PORT: String(port), HOST: '127.0.0.1', LOGIN_RATE_LIMIT: '1000' },
  });
  const exited = new Promise<void>((done) => api.once('exit', () => done()));
  await waitFor(
    'the API to answer /health',
    async () => {
      if (api.exitCode !== null) throw new Error(`The API exited with ${api.exitCode}`);
      return (await fetch(`${url}/health`)).ok || undefined;
    },
    60_000,
  );
  // Started once the API has migrated the database.
  const worker = spawn(process.execPath, [WORKER_MAIN], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env });
  const workerExited = new Promise<void>((done) => worker.once('exit', () => done()));
  process.env.QUORUM_WEB_URL = url;
  // For the few states a browser test cannot bring about through the API (a mail server's refusal).
  process.env.QUORUM_WEB_DATABASE_URL = databaseUrl(database);

  return async () => {
    worker.kill('SIGTERM');
    api.kill('SIGTERM');
    await Promise.all([exited, workerExited]);
    const client = new Client({ connectionString: databaseUrl('postgres') });
    await client.connect();
    await client
      .query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`)
      .finally(() => client.end());
    await deleteRedisKeys(`${prefix}*`);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
