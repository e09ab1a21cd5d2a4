import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { redisConnectionOptions } from '@quorum/queue';
import Redis from 'ioredis';

/** How many attempts a key has made in its current window, and when that window ends. */
export interface AttemptCount {
  count: number;
  resetInMs: number;
}

// Counts and starts the window on the first hit, atomically: concurrent attempts never share a count.
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { n, redis.call('PTTL', KEYS[1]) }
`;

const MEMORY_KEYS_LIMIT = 100_000;

/**
 * Fixed-window counters of login attempts. They live in Redis, so every API process sees the same
 * counts; while Redis is unreachable each process counts in memory, so limits still hold (per process).
 */
@Injectable()
export class LoginAttempts implements OnModuleDestroy {
  private readonly logger = new Logger(LoginAttempts.name);
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly memory = new Map<string, { count: number; resetAt: number }>();
  private usingMemory = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = `${config.redis.prefix}:login-attempts:`;
    // Fails fast (no offline queue, no retry): a login never waits on a Redis that is not there.
    this.redis = new Redis({
      ...redisConnectionOptions(config.redis.url),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 500,
    });
    // The health probe reports the outage; here it only means counting in memory.
    this.redis.on('error', () => undefined);
  }

  /** Counts one attempt under `key` in a window of `windowMs`. */
  async hit(key: string, windowMs: number, now = Date.now()): Promise<AttemptCount> {
    try {
      const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, this.prefix + key, windowMs)) as [number, number];
      this.switchTo(false);
      return { count, resetInMs: ttl > 0 ? ttl : windowMs };
    } catch {
      this.switchTo(true);
      return this.hitInMemory(key, windowMs, now);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  private hitInMemory(key: string, windowMs: number, now: number): AttemptCount {
    if (this.memory.size >= MEMORY_KEYS_LIMIT) {
      for (const [k, entry] of this.memory) if (entry.resetAt <= now) this.memory.delete(k);
    }
    let entry = this.memory.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowMs };
      this.memory.set(key, entry);
    }
    entry.count += 1;
    return { count: entry.count, resetInMs: entry.resetAt - now };
  }

  private switchTo(memory: boolean): void {
    if (memory === this.usingMemory) return;
    this.usingMemory = memory;
    if (memory) this.logger.warn('Redis is unreachable: login attempts are counted in this process only');
    else this.logger.log('Redis is back: login attempts are counted in Redis again');
  }
}
