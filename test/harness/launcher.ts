import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { HttpClient } from './http-client';
import { freePort, waitFor } from './wait';

const LAUNCHER = resolve(__dirname, '../../dist/scripts/start.js');

/** The built `npm start` launcher running in a child process, with its output and its children's pids. */
export interface Launcher {
  child: ChildProcess;
  http: HttpClient;
  output(): string;
  /** Pids of the API and worker processes, read from their pino lines. */
  childPids(): number[];
  /** Waits for /health to answer 200 (`ok`, or `degraded` without Redis) and returns its body. */
  waitHealthy(deadlineMs: number): Promise<{ status: string; details: Record<string, { status: string }> }>;
  /** Sends the signal and resolves with the exit code and how long the exit took. */
  stop(signal: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
}

export async function startLauncher(env: Record<string, string | undefined>): Promise<Launcher> {
  if (!existsSync(LAUNCHER)) throw new Error('dist/ is missing: run the tests with npm test, which builds first');
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [LAUNCHER], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const http = new HttpClient(`http://127.0.0.1:${port}`);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    child,
    http,
    output: () => output,
    childPids: () => [
      ...new Set([...output.matchAll(/^\[(?:api|worker)\] \{.*?"pid":(\d+)/gm)].map((m) => Number(m[1]))),
    ],
    waitHealthy: (deadlineMs) =>
      waitFor(
        'a 200 from /health',
        async () => {
          const response = await http.get('/health');
          return response.status === 200 ? response.body : undefined;
        },
        deadlineMs,
      ).catch((error) => {
        throw new Error(`${(error as Error).message}\n--- launcher output ---\n${output}`);
      }),
    stop: async (signal) => {
      const startedAt = Date.now();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      return { code, ms: Date.now() - startedAt };
    },
  };
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
