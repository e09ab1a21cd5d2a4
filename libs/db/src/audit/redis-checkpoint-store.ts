import Redis from 'ioredis';
import { AuditCheckpoint } from './audit-chain';
import { CheckpointStore } from './checkpoint-store';

// Replaces the stored checkpoint only with a later one: several processes may write it at once.
const WRITE_IF_LATER = `
local current = redis.call('GET', KEYS[1])
if current and cjson.decode(current).seq >= tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
return 1`;

/**
 * The checkpoint in Redis, shared by every API and worker process of one deployment. Commands fail
 * at once while Redis is away (no offline queue): the checkpoint then lags, the file one carries on.
 */
export class RedisCheckpointStore implements CheckpointStore {
  readonly name: string;
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly key: string,
  ) {
    this.name = `redis key ${key}`;
    this.redis = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
      // A socket that never connected is destroyed at once on close, not after ioredis' 2 s.
      disconnectTimeout: 200,
    });
    // Outages are reported by the reads and writes that fail, not by every reconnection attempt.
    this.redis.on('error', () => undefined);
    this.redis.connect().catch(() => undefined);
  }

  async read(): Promise<AuditCheckpoint | undefined> {
    const stored = await this.redis.get(this.key);
    return stored === null ? undefined : (JSON.parse(stored) as AuditCheckpoint);
  }

  async write(checkpoint: AuditCheckpoint): Promise<void> {
    await this.redis.eval(WRITE_IF_LATER, 1, this.key, JSON.stringify(checkpoint), String(checkpoint.seq));
  }

  close(): void {
    this.redis.disconnect();
  }
}
