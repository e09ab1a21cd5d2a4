import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '..');

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Drops and creates the bench's own database; the API migrates it when it starts. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface Server {
  name: string;
  url: string;
  /** The process id: the bench reads its CPU time. */
  pid: number;
  /** Asks the server's probe (bench/probe.cjs, preloaded) a question over IPC and waits for its answer. */
  ask<T = unknown>(message: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Starts a server process and waits until `probe` answers; its output goes to ours, prefixed. */
export async function startServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  probe: string,
): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before it answered`))),
  );
  const deadline = Date.now() + 60_000;
  const ready = (async () => {
    for (;;) {
      try {
        await fetch(url + probe);
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`${name} did not answer on ${url} within 60 s`);
        await new Promise((resolve) => setTimeout(resolve, 200)); // polling a port that is not open yet
      }
    }
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => undefined);
  let asking = Promise.resolve<unknown>(undefined);
  const ask = <T>(message: unknown): Promise<T> => {
    // One question at a time: answers carry no id, so they come back in the order asked.
    const next = asking.then(
      () =>
        new Promise<T>((resolve, reject) => {
          child.once('message', (reply: { error?: string }) =>
            reply?.error ? reject(new Error(`${name}: ${reply.error}`)) : resolve(reply as T),
          );
          child.send(message as object);
        }),
    );
    asking = next.catch(() => undefined);
    return next;
  };
  return {
    name,
    url,
    pid: child.pid!,
    ask,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** JSON over HTTP with a bearer token; throws on an unexpected status, naming the call. */
export async function call<T = any>(
  base: string,
  method: string,
  route: string,
  token: string | null,
  body?: unknown,
  expected = [200, 201],
): Promise<{ status: number; text: string; json: T }> {
  const response = await fetch(base + route, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!expected.includes(response.status)) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
  return { status: response.status, text, json: text ? (JSON.parse(text) as T) : (undefined as T) };
}
