/**
 * The functions a V8 .cpuprofile spends its time in: self time per function (and per package, the
 * first folder under node_modules or the project's own code), heaviest first.
 *
 * Run: node -r ./bench/register.cjs bench/profile-top.ts <file.cpuprofile> [rows=30]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a script comes from: a package under node_modules, node's own code, or Quorum's. */
function originOf(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  const own = /\/(apps|libs|bench)\/([^/]+)/.exec(url);
  return own ? `quorum ${own[1]}/${own[2]}` : url;
}

export function topOf(
  profile: CpuProfile,
  rows = 30,
): { functions: [string, number][]; origins: [string, number][]; totalMs: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // The probe's own work (stopping the profiler, writing the file) is the bench's, not the server's.
  const probe = new Set<number>();
  const markProbe = (id: number, inside: boolean) => {
    const node = byId.get(id)!;
    const now = inside || node.callFrame.url.endsWith('/bench/probe.cjs');
    if (now) probe.add(id);
    for (const child of node.children ?? []) markProbe(child, now);
  };
  markProbe(profile.nodes[0].id, false);
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) =>
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
  );
  const functions = new Map<string, number>();
  const origins = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)' || probe.has(id)) continue;
    total += micros;
    const name = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(apps|libs|bench)\//, '$1/')}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
    const origin = originOf(url);
    origins.set(origin, (origins.get(origin) ?? 0) + micros);
  }
  const sorted = (map: Map<string, number>) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / 1000] as [string, number]);
  return { functions: sorted(functions).slice(0, rows), origins: sorted(origins).slice(0, 15), totalMs: total / 1000 };
}

/** Prints the top of a profile; given the requests served meanwhile, in µs per request too. */
export function printTop(file: string, rows = 30, requests?: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const { functions, origins, totalMs } = topOf(profile, rows);
  const perRequest = (ms: number) => (requests ? `${((1000 * ms) / requests).toFixed(0).padStart(5)} µs/req ` : '');
  const pct = (ms: number) => `${((100 * ms) / totalMs).toFixed(1).padStart(5)} % ${perRequest(ms)}`;
  console.log(`${file}: ${totalMs.toFixed(0)} ms of CPU on the main thread (idle left out), ${perRequest(totalMs)}`);
  console.log('  by origin:');
  for (const [origin, ms] of origins) console.log(`    ${pct(ms)}  ${origin}`);
  console.log('  by function (self time):');
  for (const [name, ms] of functions) console.log(`    ${pct(ms)}  ${name}`);
}

if (require.main === module) {
  const [file, rows] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-top.ts <file.cpuprofile> [rows]');
  printTop(file, rows ? Number(rows) : 30);
}
