/**
 * `npm run bench:reads`: Quorum against a bare Fastify + pg server on one seeded database.
 *
 * 1. Creates its own database (BENCH_DATABASE, default quorum_bench), starts Quorum from its build
 *    (the API migrates it), seeds GRAM through the API and a body with 100× the data in SQL.
 * 2. Starts the bare server, checks that both answer the same bytes (any mismatch aborts).
 * 3. One interleaved run: each round measures every read and the write at 10 and 50 connections on
 *    both servers in turn (the order alternates), so drift of a shared machine hits both alike.
 * 4. Composition and meetings-list latency, one request at a time, GRAM against the big body.
 * Before 3, the CPU each request costs both servers and their PostgreSQL backends, and the statements
 * it sends (bench/cpu.ts): figures that a machine shared with other work barely moves.
 *
 * Environment: BENCH_ROUNDS (3), BENCH_SECONDS (5 per run), BENCH_SAMPLES (300 per latency figure),
 * BENCH_SERVER_URL (postgres://postgres@127.0.0.1:5432/postgres), REDIS_URL;
 * BENCH_MODE: `full` (default: CPU, throughput, latency), `cpu` (CPU and latency, no throughput),
 * `scaling` (latency alone), or
 * `profile` (a V8 CPU profile of Quorum under each request kind, written to bench/profiles/, and its
 * heaviest functions printed).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { combine, CpuCost, cpuCost } from './cpu';
import { BenchRequest, load, LoadResult, percentile, sequentialLatency } from './load';
import { call, freePort, freshDatabase, ROOT, Server, startServer } from './processes';
import { printTop } from './profile-top';
import { seedGram, seedHistory, SmallSeed } from './seed';
import { deleteRedisKeysAt } from '../test/harness/redis-keys';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const SERVER_URL = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = process.env.BENCH_DATABASE ?? 'quorum_bench';
const JWT_SECRET = 'bench-secret-of-at-least-32-characters';
const AUDIT_KEY = 'bench-audit-key-of-at-least-32-characters';
const ADMIN = { email: 'admin@bench.local', password: 'bench-admin-password' };
const CONNECTIONS = [10, 50];
const MODE = process.env.BENCH_MODE ?? 'full';
if (!['full', 'cpu', 'scaling', 'profile'].includes(MODE)) {
  throw new Error('BENCH_MODE must be full, cpu, scaling or profile');
}
/** Both servers' PostgreSQL connections, told apart by application_name. */
const APPLICATION = { quorum: 'quorum-api', bare: 'bench-bare' };

interface Scenario {
  name: string;
  requests: BenchRequest[];
}

function scenarios(seed: SmallSeed): Scenario[] {
  const meeting = `/meetings/${seed.meetingId}`;
  return [
    { name: 'agenda read', requests: [{ method: 'GET', path: `${meeting}/agenda` }] },
    { name: 'attendance read', requests: [{ method: 'GET', path: `${meeting}/attendance` }] },
    {
      name: 'attendance write',
      requests: seed.writeTargets.flatMap((id) =>
        ['remote', 'present'].map((status) => ({
          method: 'PUT' as const,
          path: `${meeting}/attendance/${id}`,
          body: { status },
        })),
      ),
    },
  ];
}

/** Both servers must answer every request of the bench with the same bytes, or the bench means nothing. */
async function checkIdentity(quorum: Server, bare: Server, token: string, all: Scenario[]): Promise<void> {
  for (const scenario of all) {
    for (const request of scenario.requests) {
      const [a, b] = [quorum, bare].map((server) => server.url);
      const fromQuorum = await call(a, request.method, request.path, token, request.body);
      const fromBare = await call(b, request.method, request.path, token, request.body);
      if (fromQuorum.text !== fromBare.text) {
        let at = 0;
        while (fromQuorum.text[at] === fromBare.text[at]) at += 1;
        throw new Error(
          `${request.method} ${request.path}: the bare server's JSON differs from Quorum's at byte ${at}:\n` +
            `  quorum: …${fromQuorum.text.slice(Math.max(0, at - 80), at + 80)}\n` +
            `  bare:   …${fromBare.text.slice(Math.max(0, at - 80), at + 80)}`,
        );
      }
    }
  }
  console.log('Byte identity: every request of the bench gets the same JSON from both servers.');
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

async function throughput(quorum: Server, bare: Server, token: string, all: Scenario[]): Promise<string[]> {
  const results = new Map<string, LoadResult[]>();
  const key = (s: string, c: number, server: string) => `${s}|${c}|${server}`;
  for (const scenario of all) {
    for (const server of [quorum, bare]) await load(server.url, token, scenario.requests, 10, 2); // warm-up
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const scenario of all) {
      for (const connections of CONNECTIONS) {
        for (const server of round % 2 ? [bare, quorum] : [quorum, bare]) {
          const result = await load(server.url, token, scenario.requests, connections, SECONDS);
          if (result.errors) throw new Error(`${server.name} ${scenario.name}: ${result.errors} failed requests`);
          const list = results.get(key(scenario.name, connections, server.name)) ?? [];
          results.set(key(scenario.name, connections, server.name), [...list, result]);
        }
      }
      process.stdout.write('.');
    }
  }
  process.stdout.write('\n');
  const lines = [
    '| request | connections | Quorum req/s | bare req/s | ratio | Quorum p99 ms | bare p99 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const scenario of all) {
    for (const connections of CONNECTIONS) {
      const [q, b] = [quorum, bare].map((server) => {
        const runs = results.get(key(scenario.name, connections, server.name))!;
        const rate = runs.reduce((sum, r) => sum + r.requests, 0) / runs.reduce((sum, r) => sum + r.seconds, 0);
        return {
          rate,
          p99: percentile(
            runs.map((r) => r.p99),
            50,
          ),
        };
      });
      lines.push(
        `| ${scenario.name} | ${connections} | ${fmt(q.rate)} | ${fmt(b.rate)} | ${fmt(q.rate / b.rate, 2)}× | ${fmt(q.p99)} | ${fmt(b.p99)} |`,
      );
    }
  }
  return lines;
}

/** CPU per request of each server and of its PostgreSQL backends, and the statements it sends. */
async function cpuTable(db: Client, quorum: Server, bare: Server, token: string, all: Scenario[]): Promise<string[]> {
  const costs = new Map<string, CpuCost[]>();
  for (const scenario of all) {
    for (const server of [quorum, bare]) await load(server.url, token, scenario.requests, 10, 2); // warm-up
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const scenario of all) {
      for (const server of round % 2 ? [bare, quorum] : [quorum, bare]) {
        const applicationName = server === quorum ? APPLICATION.quorum : APPLICATION.bare;
        const cost = await cpuCost(db, { server, applicationName }, token, scenario.requests, 10, SECONDS);
        const key = `${scenario.name}|${server.name}`;
        costs.set(key, [...(costs.get(key) ?? []), cost]);
      }
      process.stdout.write('.');
    }
  }
  process.stdout.write('\n');
  const lines = [
    '| request (10 connections) | Quorum CPU µs/req | bare CPU µs/req | bare ÷ Quorum | Quorum PG µs/req | bare PG µs/req | bare ÷ Quorum, both | Quorum statements | bare statements |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const scenario of all) {
    const q = combine(costs.get(`${scenario.name}|quorum`)!);
    const b = combine(costs.get(`${scenario.name}|bare`)!);
    lines.push(
      `| ${scenario.name} | ${fmt(q.serverMicros)} | ${fmt(b.serverMicros)} | ${fmt(b.serverMicros / q.serverMicros, 2)}× | ` +
        `${fmt(q.postgresMicros)} | ${fmt(b.postgresMicros)} | ` +
        `${fmt((b.serverMicros + b.postgresMicros) / (q.serverMicros + q.postgresMicros), 2)}× | ` +
        `${fmt(q.statements, 1)} | ${fmt(b.statements, 1)} |`,
    );
  }
  return lines;
}

/** A V8 CPU profile of each server under each request kind (10 connections), and its heaviest functions. */
async function profiles(quorum: Server, bare: Server, token: string, all: Scenario[], historyId: string) {
  const dir = path.join(ROOT, 'bench', 'profiles');
  mkdirSync(dir, { recursive: true });
  // Quorum alone: the bare server answers only the three requests of the throughput runs.
  const pages = {
    name: 'meetings list of the big body',
    requests: [{ method: 'GET', path: `/bodies/${historyId}/meetings` }],
  };
  for (const scenario of [...all, pages as Scenario]) {
    for (const server of scenario === pages ? [quorum] : [quorum, bare]) {
      await load(server.url, token, scenario.requests, 10, 2); // warm-up
      await server.ask('profile:start');
      const { requests } = await load(server.url, token, scenario.requests, 10, SECONDS);
      const file = path.join(dir, `${server.name}-${scenario.name.replace(/\W+/g, '-')}.cpuprofile`);
      await server.ask({ profileTo: file });
      console.log(`${server.name}, ${scenario.name}: ${requests} requests`);
      printTop(file, 40, requests);
    }
  }
}

async function scaling(quorum: Server, token: string, gramId: string, historyId: string, date: string) {
  const routes = [
    {
      name: `composition (GET /bodies/:id/composition?date=${date})`,
      path: (id: string) => `/bodies/${id}/composition?date=${date}`,
    },
    // On today's date the 100× body's members all end within 90 days (its mandates run by calendar
    // year), so its answer also lists them as ending soon; on 1 June neither body's does: same answer.
    {
      name: `composition, same answer (…/composition?date=${date.slice(0, 4)}-06-01)`,
      path: (id: string) => `/bodies/${id}/composition?date=${date.slice(0, 4)}-06-01`,
    },
    { name: 'meetings list (GET /bodies/:id/meetings)', path: (id: string) => `/bodies/${id}/meetings` },
    // The same number of rows from both bodies: what the stored history costs, apart from the page size.
    { name: 'meetings list, 4 rows (…/meetings?limit=4)', path: (id: string) => `/bodies/${id}/meetings?limit=4` },
  ];
  const samples = new Map<string, number[]>();
  // The server's CPU time over the same requests: what the data costs Quorum, whatever else runs.
  const cpu = new Map<string, { micros: number; requests: number }>();
  for (const route of routes)
    for (const id of [gramId, historyId]) await sequentialLatency(quorum.url + route.path(id), token, 30);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const route of routes) {
      for (const id of round % 2 ? [historyId, gramId] : [gramId, historyId]) {
        const count = Math.ceil(SAMPLES / ROUNDS);
        const before = await quorum.ask<{ cpuMicros: number }>('sample');
        const got = await sequentialLatency(quorum.url + route.path(id), token, count);
        const after = await quorum.ask<{ cpuMicros: number }>('sample');
        samples.set(route.name + id, [...(samples.get(route.name + id) ?? []), ...got]);
        const spent = cpu.get(route.name + id) ?? { micros: 0, requests: 0 };
        cpu.set(route.name + id, {
          micros: spent.micros + after.cpuMicros - before.cpuMicros,
          requests: spent.requests + count,
        });
      }
    }
  }
  const cpuOf = (key: string) => cpu.get(key)!.micros / cpu.get(key)!.requests;
  const lines = [
    '| request | small p50 ms | small p99 ms | 100× p50 ms | 100× p99 ms | ratio p50 | ratio p99 | small CPU µs | 100× CPU µs | ratio CPU |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const route of routes) {
    const small = samples.get(route.name + gramId)!;
    const big = samples.get(route.name + historyId)!;
    const [s50, s99, b50, b99] = [
      percentile(small, 50),
      percentile(small, 99),
      percentile(big, 50),
      percentile(big, 99),
    ];
    lines.push(
      `| ${route.name} | ${fmt(s50, 2)} | ${fmt(s99, 2)} | ${fmt(b50, 2)} | ${fmt(b99, 2)} | ${fmt(b50 / s50, 2)}× | ${fmt(b99 / s99, 2)}× | ` +
        `${fmt(cpuOf(route.name + gramId))} | ${fmt(cpuOf(route.name + historyId))} | ` +
        `${fmt(cpuOf(route.name + historyId) / cpuOf(route.name + gramId), 2)}× |`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const databaseUrl = await freshDatabase(SERVER_URL, DATABASE);
  // Files and Redis keys of this run only: an audit checkpoint left by `npm start` (another database,
  // another key) would otherwise read as forged, and the chain would never be anchored.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'quorum-bench-'));
  const redisPrefix = `quorum-bench-${process.pid}`;
  const servers: Server[] = [];
  const stopAll = () => Promise.all(servers.map((s) => s.stop()));
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    const quorum = await startServer(
      'quorum',
      ['-r', './bench/probe.cjs', 'dist/apps/api/src/main.js'],
      {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        EMBEDDED_POSTGRES: 'never',
        DATA_DIR: dataDir,
        REDIS_PREFIX: redisPrefix,
        JWT_SECRET,
        AUDIT_KEY,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        LOGIN_RATE_LIMIT: '1000',
        // Request lines are logged at info: the bare server logs nothing, so neither does Quorum here.
        LOG_LEVEL: 'warn',
      },
      await freePort(),
      '/health',
    );
    servers.push(quorum);
    console.log('Seeding GRAM through the API, then a body with 100× the data in SQL…');
    const seed = await seedGram(quorum.url, ADMIN);
    const historyId = await seedHistory(databaseUrl);
    const bare = await startServer(
      'bare',
      ['-r', './bench/register.cjs', '-r', './bench/probe.cjs', 'bench/bare-server.ts'],
      { DATABASE_URL: databaseUrl, JWT_SECRET, AUDIT_KEY },
      await freePort(),
      '/',
    );
    servers.push(bare);

    const all = scenarios(seed);
    await checkIdentity(quorum, bare, seed.token, all);
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const postgres = (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v;
    const today = (await db.query<{ d: string }>("SELECT to_char(now() AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') d"))
      .rows[0].d;

    if (MODE === 'profile') {
      await db.end();
      await profiles(quorum, bare, seed.token, all, historyId);
      return;
    }
    const loadBefore = loadavg()[0];
    if (MODE !== 'scaling') {
      console.log(`CPU per request: ${ROUNDS} interleaved rounds of ${SECONDS} s per server, 10 connections…`);
    }
    const cpu = MODE === 'scaling' ? [] : [...(await cpuTable(db, quorum, bare, seed.token, all)), ''];
    await db.end();
    const table: string[] = [];
    if (MODE === 'full') {
      console.log(`Throughput: ${ROUNDS} interleaved rounds of ${SECONDS} s per run…`);
      table.push(...(await throughput(quorum, bare, seed.token, all)), '');
    }
    console.log(
      'Latency at 20 mandates / 4 meetings (GRAM) and 2,000 mandates / 1,000 meetings, one request at a time…',
    );
    const scale = await scaling(quorum, seed.token, seed.gramId, historyId, today);
    console.log(
      [
        '',
        `Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ` +
          `PostgreSQL ${postgres}; load average ${fmt(loadBefore, 2)} before, ${fmt(loadavg()[0], 2)} after.`,
        `Quorum from dist/ (NODE_ENV=production, LOG_LEVEL=warn); ${ROUNDS} rounds × ${SECONDS} s per figure.`,
        '',
        ...cpu,
        ...table,
        ...scale,
        '',
      ].join('\n'),
    );
  } finally {
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
    await deleteRedisKeysAt(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', `${redisPrefix}*`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
