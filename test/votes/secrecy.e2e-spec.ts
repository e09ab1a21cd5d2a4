import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DEVELOPMENT_ADMIN } from '@quorum/config';
import { deleteRedisKeys } from '../harness/global-teardown';
import { HttpClient } from '../harness/http-client';
import { createTestDatabase, TestApp } from '../harness/test-app';
import { redisPrefix, runId } from '../harness/test-run';
import { freePort, waitFor } from '../harness/wait';
import { aVotingSession, VotingSession } from './voting-session';

const api = resolve(__dirname, '../../dist/apps/api/src/main.js');
const CHOICE_VALUE = /:\s*"(yes|no|abstain)"/;

/**
 * A secret poll runs on the built API as production runs it, logging everything (trace), then the
 * whole database, the audit chain and the logs are searched for anything that links a voter to a
 * choice.
 */
describe('a secret poll, after its close', () => {
  let child: ChildProcess;
  let logs = '';
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let sqlClient: Client;
  let dataDir: string;
  let t: TestApp;
  let s: VotingSession;
  let pollId: string;
  let voterIds: string[];
  const prefix = () => `${redisPrefix(runId())}-secrecy`;

  beforeAll(async () => {
    if (!existsSync(api)) throw new Error('dist/ is missing: run the tests with npm test, which builds first');
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'quorum-secrecy-'));
    const port = await freePort();
    child = spawn(process.execPath, [api], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: database.url,
        REDIS_PREFIX: prefix(),
        // Its own audit checkpoint, not the one of a development database in .data.
        DATA_DIR: dataDir,
        LOG_LEVEL: 'trace',
        LOGIN_RATE_LIMIT: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (logs += chunk));
    child.stderr?.on('data', (chunk) => (logs += chunk));
    const http = new HttpClient(`http://127.0.0.1:${port}`);
    await waitFor('the API', async () => ((await http.get('/health')).status === 200 ? true : undefined), 30_000);
    const login = await http.post('/auth/login', DEVELOPMENT_ADMIN);
    sqlClient = new Client({ connectionString: database.url });
    await sqlClient.connect();
    t = {
      http,
      admin: http.as(login.body.accessToken),
      sql: async (text: string, params?: unknown[]) => (await sqlClient.query(text, params)).rows,
    } as unknown as TestApp;

    // 0 chair, 1..4 present, 5 excused with 1's proxy: six ballots, one of them by proxy.
    s = await aVotingSession(t, { size: 6, present: 5 });
    await s.record(s.members[5], 'excused', s.members[1]);
    pollId = (await s.anOpenPoll({ method: 'secret' })).id;
    const choices = ['no', 'yes', 'abstain', 'yes', 'no', 'yes'];
    for (const [i, member] of s.members.entries()) {
      const [as, onBehalf] = i === 5 ? [s.members[1], member] : [member, undefined];
      const cast = await as.http.post(`/polls/${pollId}/ballots`, {
        choice: choices[i],
        ...(onBehalf ? { onBehalfOfMembershipId: onBehalf.membershipId } : {}),
      });
      expect(cast.status).toBe(201);
      expect(cast.body).not.toHaveProperty('choice');
    }
    const closed = await s.secretariat.post(`/polls/${pollId}/close`);
    expect(closed.body.result).toMatchObject({ yes: 3, no: 2, abstain: 1, cast: 6, outcome: 'adopted' });

    const users = await t.sql('SELECT id FROM users WHERE person_id = ANY($1)', [s.members.map((m) => m.personId)]);
    voterIds = [...s.members.flatMap((m) => [m.membershipId, m.personId]), ...users.map((u) => u.id)];
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    await sqlClient?.end();
    await database?.drop();
    await deleteRedisKeys(`${prefix()}*`);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('has no row in any table that holds both a voter and a choice', async () => {
    const tables = await t.sql<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    expect(tables.map((x) => x.name)).toEqual(expect.arrayContaining(['poll_participations', 'secret_choices']));
    const linking: string[] = [];
    for (const { name } of tables) {
      const rows = await t.sql<{ row: string }>(`SELECT row_to_json(x)::text AS row FROM "${name}" x`);
      for (const { row } of rows) {
        if (voterIds.some((id) => row.includes(id)) && CHOICE_VALUE.test(row)) linking.push(`${name}: ${row}`);
      }
    }
    expect(linking).toEqual([]);
    // Who took part is known, and only that.
    const taking = await t.sql('SELECT * FROM poll_participations WHERE poll_id = $1', [pollId]);
    expect(taking).toHaveLength(6);
    expect(Object.keys(taking[0]).sort()).toEqual(['membership_id', 'poll_id', 'proxy_holder_membership_id']);
  });

  it('leaves no order or transaction linking a choice to a participation: xmin and ctid come from the close alone', async () => {
    const choices = await t.sql<{ xmin: string; ctid: string; choice: string }>(
      'SELECT xmin::text, ctid::text, choice FROM secret_choices WHERE poll_id = $1',
      [pollId],
    );
    const byPage = (c: string) => c.slice(1, -1).split(',').map(Number);
    const inPhysicalOrder = [...choices].sort((a, b) => {
      const [pa, ia] = byPage(a.ctid);
      const [pb, ib] = byPage(b.ctid);
      return pa - pb || ia - ib;
    });
    // Physical order is grouped by choice: it tells the counts and nothing else.
    expect(inPhysicalOrder.map((c) => c.choice)).toEqual(['yes', 'yes', 'yes', 'no', 'no', 'abstain']);
    // One transaction wrote them all: the one that closed the poll.
    const [closing] = await t.sql('SELECT xmin::text FROM polls WHERE id = $1', [pollId]);
    expect(new Set(choices.map((c) => c.xmin))).toEqual(new Set([closing.xmin]));
    const participationTx = await t.sql('SELECT xmin::text FROM poll_participations WHERE poll_id = $1', [pollId]);
    expect(participationTx.map((p) => p.xmin)).not.toContain(closing.xmin);
  });

  it('keeps choices out of the audit chain, whose events name who took part and the counts only', async () => {
    const events = (await t.admin.get(`/audit?entity=poll:${pollId}&limit=1000`)).body;
    const participations = events.filter((e: { action: string }) => e.action === 'poll.participate');
    expect(participations).toHaveLength(6);
    for (const event of events) expect(JSON.stringify(event.after ?? {})).not.toMatch(/"choice"/);
    const linking = events.filter(
      (e: unknown) => voterIds.some((id) => JSON.stringify(e).includes(id)) && CHOICE_VALUE.test(JSON.stringify(e)),
    );
    expect(linking).toEqual([]);
    expect((await t.admin.get('/audit/verify')).body.ok).toBe(true);
  });

  it('shows no one, not even an admin, who chose what', async () => {
    const seen = await t.admin.get(`/polls/${pollId}`);
    expect(seen.body).not.toHaveProperty('rollCall');
    expect(JSON.stringify(seen.body)).not.toMatch(new RegExp(voterIds.join('|')));
  });

  it('writes no log line that links a voter to a choice', async () => {
    const lines = logs.split('\n').filter(Boolean);
    // The output was captured (the API logs as it starts). Note: request lines (pino-http) should be
    // here too, and are searched the same way once they are; see the report on issue 15.
    expect(lines.length).toBeGreaterThan(10);
    const linking = lines.filter((l) => voterIds.some((id) => l.includes(id)) && CHOICE_VALUE.test(l));
    expect(linking).toEqual([]);
    expect(lines.filter((l) => /"choice"/.test(l))).toEqual([]);
  });
});
