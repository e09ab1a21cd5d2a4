import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ChildSpec {
  name: string;
  script: string;
  env: NodeJS.ProcessEnv;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs the children side by side, each output line prefixed with its name, until one stops or the
 * launcher gets SIGINT/SIGTERM/SIGHUP. Then every child gets SIGTERM to drain its work, and whatever
 * still runs after `graceMs` gets SIGKILL: the launcher never outlives its deadline. Resolves with
 * the exit code the launcher should end with (0 on a requested stop that went cleanly).
 */
export function supervise(
  children: ChildSpec[],
  options: { graceMs: number; log: (line: string) => void },
): Promise<number> {
  return new Promise((resolveExit) => {
    const running = new Map<string, ChildProcess>();
    let stopping = false;
    let failed = false;

    const stop = (reason: string) => {
      if (stopping) return;
      stopping = true;
      options.log(`${reason}: stopping ${[...running.keys()].join(' and ')}`);
      for (const child of running.values()) child.kill('SIGTERM');
      setTimeout(() => {
        for (const [name, child] of running) {
          options.log(`${name} still running ${options.graceMs} ms after SIGTERM: killing it`);
          child.kill('SIGKILL');
          failed = true;
        }
      }, options.graceMs).unref();
    };
    const onSignal = (signal: NodeJS.Signals) => {
      // A second Ctrl-C means now.
      if (stopping) for (const child of running.values()) child.kill('SIGKILL');
      stop(`${signal} received`);
    };
    for (const signal of SIGNALS) process.on(signal, onSignal);

    for (const spec of children) {
      const child = spawn(process.execPath, [spec.script], { env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
      running.set(spec.name, child);
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream! }).on('line', (line) => console.log(`[${spec.name}] ${line}`));
      }
      child.on('exit', (code, signal) => {
        running.delete(spec.name);
        const clean = code === 0 || (stopping && (signal === 'SIGTERM' || signal === 'SIGINT' || code === 143));
        if (!clean) failed = true;
        if (!stopping) stop(`${spec.name} exited (${signal ?? `code ${code}`})`);
        if (running.size === 0) {
          for (const signal of SIGNALS) process.off(signal, onSignal);
          resolveExit(failed ? 1 : 0);
        }
      });
    }
  });
}
