import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { MinutesRenderEvent, redisConnectionOptions } from '@quorum/queue';
import Redis from 'ioredis';

/**
 * Pushes render progress to the meetings' live events: the API fans the channel
 * `<prefix>:meeting-events` out to `GET /meetings/:meetingId/events`, in the envelope the API's
 * MeetingEvents reads. Progress is a courtesy: with Redis away it is dropped (the page refetches),
 * and the version's status in PostgreSQL stays the truth.
 */
@Injectable()
export class MinutesProgress implements OnModuleDestroy {
  private readonly channel: string;
  private readonly publisher: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.channel = `${config.redis.prefix}:meeting-events`;
    this.publisher = new Redis({
      ...redisConnectionOptions(config.redis.url),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    this.publisher.on('error', () => undefined);
  }

  publish(event: MinutesRenderEvent): void {
    const envelope = JSON.stringify({ origin: 'worker', event });
    void (async () => {
      if (this.publisher.status === 'wait') await this.publisher.connect();
      await this.publisher.publish(this.channel, envelope);
    })().catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.publisher.disconnect();
  }
}
