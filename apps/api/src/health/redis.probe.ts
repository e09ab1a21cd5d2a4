import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { QUEUES, redisConnectionOptions } from '@quorum/queue';
import { Queue } from 'bullmq';
import Redis from 'ioredis';

/**
 * Watches Redis for the health route. Its own client fails fast (no offline queue) so a missing
 * Redis is reported at once; errors are logged once per outage rather than crashing the API.
 */
@Injectable()
export class RedisProbe implements OnModuleDestroy {
  private readonly logger = new Logger('Redis');
  private readonly client: Redis;
  private down = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectQueue(QUEUES.minutes) private readonly minutesQueue: Queue,
  ) {
    this.client = new Redis({
      ...redisConnectionOptions(config.redis.url),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    const reportOutage = (error: Error) => {
      if (this.down) return;
      this.down = true;
      this.logger.warn(`Redis is unreachable at ${config.redis.url} (${error.message}); the API keeps serving`);
    };
    this.client.on('error', reportOutage);
    this.minutesQueue.on('error', reportOutage);
    this.client.on('ready', () => {
      if (this.down) this.logger.log('Redis is reachable again');
      this.down = false;
    });
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  /** Job counts of every queue, for the health report. */
  async queueCounts(): Promise<Record<string, Record<string, number>>> {
    await this.ping(); // fails fast, where the queue's own client would wait for Redis to return
    return { [QUEUES.minutes]: await this.minutesQueue.getJobCounts('waiting', 'active', 'delayed', 'failed') };
  }

  async onModuleDestroy(): Promise<void> {
    this.client.disconnect();
  }
}
