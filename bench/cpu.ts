/**
 * What a request costs in CPU, a figure a busy machine barely moves (unlike req/s): for each request
 * kind, each server is driven for a while and the bench divides by the requests it answered
 *  - the server process's CPU time (user + system, every thread: process.cpuUsage() via bench/probe.cjs),
 *  - its PostgreSQL backends' CPU time (utime + stime in /proc/<pid>/stat, the backends found in
 *    pg_stat_activity by the server's application_name and the bench's database),
 *  - the SQL statements it sent (BEGIN and COMMIT included, counted by the probe).
 */
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { BenchRequest, load } from './load';
import { Server } from './processes';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on every Linux the bench runs on). */
const TICKS_PER_SECOND = 100;

export interface CpuServer {
  server: Server;
  /** The application_name its PostgreSQL connections carry. */
  applicationName: string;
}

interface Sample {
  cpuMicros: number;
  statements: number;
}

export interface CpuCost {
  requests: number;
  /** Per request, µs. */
  serverMicros: number;
  postgresMicros: number;
  statements: number;
}

/** CPU ticks of each PostgreSQL backend serving `applicationName`. */
async function backendTicks(db: Client, applicationName: string): Promise<Map<number, number>> {
  // The bench's database only: other processes on this server (tests) may use the same application_name.
  const { rows } = await db.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
    [applicationName],
  );
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name "(…)": state is field 3, utime 14 and stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The backend ended between the two reads: its time is not counted.
    }
  }
  return ticks;
}

/** Drives one server with one request kind for `seconds` and returns what each request cost it. */
export async function cpuCost(
  db: Client,
  target: CpuServer,
  token: string,
  requests: BenchRequest[],
  connections: number,
  seconds: number,
): Promise<CpuCost> {
  const pgBefore = await backendTicks(db, target.applicationName);
  const before = await target.server.ask<Sample>('sample');
  const result = await load(target.server.url, token, requests, connections, seconds);
  const after = await target.server.ask<Sample>('sample');
  const pgAfter = await backendTicks(db, target.applicationName);
  if (result.errors) throw new Error(`${target.server.name}: ${result.errors} failed requests`);
  let ticks = 0;
  // A backend opened during the run counts from zero: its start-up is part of the cost.
  for (const [pid, t] of pgAfter) ticks += t - (pgBefore.get(pid) ?? 0);
  const n = result.requests;
  return {
    requests: n,
    serverMicros: (after.cpuMicros - before.cpuMicros) / n,
    postgresMicros: (ticks * 1e6) / TICKS_PER_SECOND / n,
    statements: (after.statements - before.statements) / n,
  };
}

/** Sums runs: the cost per request over all of them. */
export function combine(runs: CpuCost[]): CpuCost {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const weighted = (field: 'serverMicros' | 'postgresMicros' | 'statements') =>
    runs.reduce((sum, r) => sum + r[field] * r.requests, 0) / requests;
  return {
    requests,
    serverMicros: weighted('serverMicros'),
    postgresMicros: weighted('postgresMicros'),
    statements: weighted('statements'),
  };
}
