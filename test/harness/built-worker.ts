import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const BUILT_WORKER = resolve(__dirname, '../../dist/apps/worker/src/main.js');

/**
 * The built worker as production runs it: each `start` is its own process (from dist/, which `npm test`
 * builds first), so a test may SIGKILL it mid-job; `killAll` ends whatever is still running.
 */
export class BuiltWorkers {
  private readonly children: ChildProcess[] = [];

  constructor() {
    if (!existsSync(BUILT_WORKER)) throw new Error('dist/ is missing: run the tests with npm test, which builds first');
  }

  start(env: NodeJS.ProcessEnv): ChildProcess {
    const child = spawn(process.execPath, [BUILT_WORKER], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.children.push(child);
    return child;
  }

  killAll(): void {
    for (const child of this.children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
