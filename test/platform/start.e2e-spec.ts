import { DEVELOPMENT_ADMIN } from '@quorum/config';
import { isAlive, Launcher, startLauncher } from '../harness/launcher';
import { waitFor } from '../harness/wait';
import { databaseUrl, DB_PREFIX, redisPrefix, runId } from '../harness/test-run';

describe('npm start (the built launcher)', () => {
  let launcher: Launcher;

  beforeAll(async () => {
    launcher = await startLauncher({
      DATABASE_URL: databaseUrl(`${DB_PREFIX}${runId()}_launcher`),
      REDIS_PREFIX: `${redisPrefix(runId())}-launcher`,
      LOG_LEVEL: 'info',
    });
  });

  afterAll(() => launcher.stop('SIGTERM'));

  it('creates the database, migrates it and becomes healthy', async () => {
    // Generous: a loaded CI machine starts Nest slowly; the wait ends as soon as /health answers.
    const health = await launcher.waitHealthy(90_000);
    expect(health.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  }, 100_000);

  it('logs one start-up line with the URL, the docs URL and the database, and no route mapping', () => {
    const lines = launcher.output().split('\n');
    const ready = lines.filter((line) => line.includes('Quorum API on'));
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatch(/"docs":"http:\/\/127\.0\.0\.1:\d+\/docs"/);
    expect(ready[0]).toContain(`"database":"${databaseUrl(`${DB_PREFIX}${runId()}_launcher`)}"`);
    expect(launcher.output()).not.toMatch(/Mapped \{|RouterExplorer|InstanceLoader/);
  });

  it('serves the OpenAPI document at /docs', async () => {
    const page = await launcher.http.get('/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger');
    const document = await launcher.http.get('/docs-json');
    expect(document.body.info.title).toBe('Quorum API');
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/bodies', '/audit/verify']),
    );
  });

  it('shows GRAM with 10/5/5 seats to the development admin', async () => {
    const login = await launcher.http.post('/auth/login', DEVELOPMENT_ADMIN);
    expect(login.status).toBe(200);
    const bodies = await launcher.http.as(login.body.accessToken).get('/bodies');
    const gram = bodies.body.find((b: { slug: string }) => b.slug === 'gram');
    expect(gram.categories.map((c: { seats: number }) => c.seats)).toEqual([10, 5, 5]);
  });

  it('stops the API and the worker together on SIGTERM', async () => {
    const pids = launcher.childPids();
    expect(pids).toHaveLength(2);
    expect(await launcher.stop('SIGTERM')).toMatchObject({ code: 0 });
    expect(pids.filter(isAlive)).toEqual([]);
    expect(launcher.output()).toMatch(/\[api\]/);
    expect(launcher.output()).toMatch(/\[worker\]/);
  });
});

describe('npm start with Redis unreachable', () => {
  let launcher: Launcher;

  beforeAll(async () => {
    launcher = await startLauncher({
      DATABASE_URL: databaseUrl(`${DB_PREFIX}${runId()}_launcher_noredis`),
      REDIS_URL: 'redis://127.0.0.1:1',
      REDIS_PREFIX: `${redisPrefix(runId())}-launcher-noredis`,
      LOG_LEVEL: 'info',
    });
    await launcher.waitHealthy(90_000);
  }, 100_000);

  afterAll(() => launcher.stop('SIGTERM'));

  it('the worker logs the outage as bounded, structured warnings and never claims to process jobs', async () => {
    // Two warnings mean the worker has been through at least one full back-off period.
    const warnings = () => workerLines(launcher).filter((line) => line.includes('Redis unreachable'));
    await waitFor(
      'two Redis warnings from the worker',
      async () => (warnings().length >= 2 ? true : undefined),
      20_000,
    );
    const lines = workerLines(launcher);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.join('\n')).not.toMatch(/ECONNREFUSED 127\.0\.0\.1:1\n|\bat \w+.*\(node:/);
    expect(lines.join('\n')).not.toMatch(/[Pp]rocessing jobs/);
    // Before: five stack traces a second. Now: a start line and one warning per 5 s back-off.
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(JSON.parse(warnings()[1])).toMatchObject({ level: 40, redis: 'redis://127.0.0.1:1', error: 'ECONNREFUSED' });
  }, 30_000);

  it('stops the launcher, the API and the worker within 10 s of SIGTERM', async () => {
    const pids = launcher.childPids();
    expect(pids).toHaveLength(2);
    const { code, ms } = await launcher.stop('SIGTERM');
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect(pids.filter(isAlive)).toEqual([]);
  }, 15_000);
});

function workerLines(launcher: Launcher): string[] {
  return launcher
    .output()
    .split('\n')
    .filter((line) => line.startsWith('[worker] '))
    .map((line) => line.slice('[worker] '.length));
}
