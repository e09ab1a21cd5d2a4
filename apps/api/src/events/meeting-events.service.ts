import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { redisConnectionOptions } from '@quorum/queue';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { filter, Observable, Subject, takeUntil } from 'rxjs';
import { MeetingEvent } from './meeting-event';

interface Envelope {
  origin: string;
  event: MeetingEvent;
}

/**
 * The live events of meetings, fanned out through Redis pub/sub so that every API process serves
 * every meeting's stream. A process delivers its own events at once and ignores their echo from
 * Redis; so a stream keeps working within one process while Redis is away, and only the other
 * processes miss what happened meanwhile (clients refetch on reconnect).
 *
 * Services call `publish` after their transaction commits: an event never announces a change that
 * was rolled back.
 */
@Injectable()
export class MeetingEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('MeetingEvents');
  private readonly origin = randomUUID();
  private readonly channel: string;
  private readonly local = new Subject<MeetingEvent>();
  private readonly closing = new Subject<void>();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.channel = `${config.redis.prefix}:meeting-events`;
    const options = { ...redisConnectionOptions(config.redis.url), lazyConnect: true };
    // The publisher fails fast when Redis is down rather than queueing events that would arrive stale.
    this.publisher = new Redis({ ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.subscriber = new Redis(options);
    for (const client of [this.publisher, this.subscriber]) client.on('error', () => undefined);
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      const envelope = parseEnvelope(message);
      if (envelope && envelope.origin !== this.origin) this.local.next(envelope.event);
    });
  }

  async onModuleInit(): Promise<void> {
    // Connecting is not awaited for long: without Redis the API starts and streams locally.
    void this.publisher.connect().catch(() => undefined);
    await this.subscriber
      .connect()
      .then(() => this.subscriber.subscribe(this.channel))
      .catch((error: Error) => this.logger.warn(`Live events stay within this process: ${error.message}`));
  }

  async onModuleDestroy(): Promise<void> {
    // Ends every open stream first, so that the HTTP server can close.
    this.closing.next();
    this.closing.complete();
    this.local.complete();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  /** Announces an event to every stream of its meeting, in this process and the others. */
  publish(event: MeetingEvent): void {
    this.local.next(event);
    const envelope: Envelope = { origin: this.origin, event };
    this.publisher.publish(this.channel, JSON.stringify(envelope)).catch((error: Error) => {
      this.logger.warn(`A live event did not reach the other API processes: ${error.message}`);
    });
  }

  /** The events of one meeting, until the client leaves or the process stops. */
  stream(meetingId: string): Observable<MeetingEvent> {
    return this.local.pipe(
      filter((event) => event.meetingId === meetingId),
      takeUntil(this.closing),
    );
  }

  /** Emits once when the process stops: every stream ends then. */
  get stopping(): Observable<void> {
    return this.closing.asObservable();
  }
}

function parseEnvelope(message: string): Envelope | undefined {
  try {
    const parsed = JSON.parse(message) as Envelope;
    return typeof parsed?.origin === 'string' && typeof parsed.event?.meetingId === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
