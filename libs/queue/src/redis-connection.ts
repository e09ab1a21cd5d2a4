import type { RedisOptions } from 'bullmq';

/** The longest wait between two reconnection attempts. */
export const REDIS_MAX_BACKOFF_MS = 5_000;

/**
 * Redis connection options (for BullMQ and ioredis alike) from a redis:// URL. BullMQ needs `maxRetriesPerRequest: null` for workers;
 * reconnection backs off to 5 s so a missing Redis costs little while the API keeps serving.
 */
export function redisConnectionOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, REDIS_MAX_BACKOFF_MS),
    // A socket that never connected is destroyed at once on shutdown instead of after ioredis' 2 s.
    disconnectTimeout: 200,
  };
}
