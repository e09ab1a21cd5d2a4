import { LoggerService } from '@nestjs/common';

/** How long a process may drain in-flight requests or jobs after SIGTERM/SIGINT before it exits anyway. */
export const SHUTDOWN_GRACE_MS = 8_000;

// Nest's start-up chatter (one line per module and per route, ~100 lines) is debug, not news.
const STARTUP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/** Passes every message on, except Nest's start-up lines, which go down to debug. */
export class QuietStartupLogger implements LoggerService {
  constructor(private readonly inner: LoggerService) {}

  log(message: unknown, ...rest: unknown[]): void {
    if (STARTUP_CONTEXTS.has(String(rest.at(-1)))) this.inner.debug?.(message, ...rest);
    else this.inner.log(message, ...rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.inner.error(message, ...rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.inner.warn(message, ...rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.inner.debug?.(message, ...rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.inner.verbose?.(message, ...rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.inner.fatal?.(message, ...rest);
  }
}

/**
 * Nest's shutdown hooks close the application on SIGTERM/SIGINT and then exit; this bounds the
 * wait, so that a drain that cannot finish (a dependency gone) never keeps the process alive.
 */
export function exitIfShutdownStalls(logger: LoggerService, graceMs = SHUTDOWN_GRACE_MS): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        logger.warn({ msg: `Shutdown still not finished ${graceMs} ms after ${signal}: exiting`, signal });
        process.exit(1);
      }, graceMs).unref();
    });
  }
}

/** A URL without its password, fit for a log line. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
