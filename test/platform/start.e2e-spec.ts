import { DEVELOPMENT_ADMIN } from '@quorum/config';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { HttpClient } from '../harness/http-client';
import { freePort, waitFor } from '../harness/wait';
import { databaseUrl, DB_PREFIX, redisPrefix, runId } from '../harness/test-run';

const launcher = resolve(__dirname, '../../dist/scripts/start.js');

describe('npm start (the built launcher)', () => {
  let child: ChildProcess;
  let output = '';
  let http: HttpClient;

  beforeAll(async () => {
    if (!existsSync(launcher)) throw new Error('dist/ is missing: run the tests with npm test, which builds first');
    const port = await freePort();
    child = spawn(process.execPath, [launcher], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(port),
        DATABASE_URL: databaseUrl(`${DB_PREFIX}${runId()}_launcher`),
        REDIS_PREFIX: `${redisPrefix(runId())}-launcher`,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    http = new HttpClient(`http://127.0.0.1:${port}`);
  });

  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('creates the database, migrates it and is healthy within 30 s', async () => {
    const health = await waitFor(
      'a green /health',
      async () => {
        const response = await http.get('/health');
        return response.body?.status === 'ok' ? response.body : undefined;
      },
      30_000,
    ).catch((error) => {
      throw new Error(`${(error as Error).message}\n--- launcher output ---\n${output}`);
    });
    expect(health.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  }, 40_000);

  it('serves the OpenAPI document at /docs', async () => {
    const page = await http.get('/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger');
    const document = await http.get('/docs-json');
    expect(document.body.info.title).toBe('Quorum API');
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/bodies', '/audit/verify']),
    );
  });

  it('shows GRAM with 10/5/5 seats to the development admin', async () => {
    const login = await http.post('/auth/login', DEVELOPMENT_ADMIN);
    expect(login.status).toBe(200);
    const bodies = await http.as(login.body.accessToken).get('/bodies');
    const gram = bodies.body.find((b: { slug: string }) => b.slug === 'gram');
    expect(gram.categories.map((c: { seats: number }) => c.seats)).toEqual([10, 5, 5]);
  });

  it('stops the API and the worker together on SIGTERM', async () => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/\[api\]/);
    expect(output).toMatch(/\[worker\]/);
  });
});
