import { WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { AppConfig, redactUrl } from '@quorum/config';
import { Queue, Worker } from 'bullmq';
import { EventEmitter } from 'node:events';
import { REDIS_MAX_BACKOFF_MS } from './redis-connection';

/**
 * Watches every queue and worker of the process. BullMQ prints each failed reconnection to stderr
 * as a stack trace when nobody listens to `error`; here an outage gives one structured warning per
 * back-off period (the longest reconnection delay) with the number of failures since the last one.
 * Workers say they process jobs only once Redis answers, and are closed without waiting for Redis
 * on shutdown when it never answered (no job can be in flight then).
 */
export class RedisWatch implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private failures = 0;
  private lastWarningAt = 0;
  private down = false;
  private readonly workers: Worker[] = [];
  private readyWorkers = new WeakSet<Worker>();

  /** Built with the queues themselves (see QueueModule), so that their first connection error is caught too. */
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
    queues: Queue[],
  ) {
    for (const queue of queues) this.watch(queue);
  }

  // BullModule creates the workers in its onModuleInit; bootstrap follows with no I/O in between.
  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (instance instanceof WorkerHost) {
        const worker = instance.worker;
        this.workers.push(worker);
        this.watch(worker);
        worker.waitUntilReady().then(
          () => {
            this.readyWorkers.add(worker);
            this.logger.log({ msg: `Processing jobs of queue ${worker.name}`, redis: this.url });
          },
          () => undefined,
        );
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    // A worker that never reached Redis holds no job; waiting for Redis would only hang the shutdown.
    await Promise.all(this.workers.filter((w) => !this.readyWorkers.has(w)).map((w) => w.close(true)));
  }

  private get url(): string {
    return redactUrl(this.config.redis.url);
  }

  private watch(emitter: EventEmitter): void {
    emitter.on('error', (error: Error) => this.failed(error));
    emitter.on('ready', () => this.recovered());
  }

  private failed(error: Error): void {
    this.failures += 1;
    const now = Date.now();
    if (this.down && now - this.lastWarningAt < REDIS_MAX_BACKOFF_MS) return;
    this.down = true;
    this.lastWarningAt = now;
    this.logger.warn({
      msg: 'Redis unreachable: jobs wait until it is back',
      redis: this.url,
      failures: this.failures,
      error: (error as { code?: string }).code ?? error.message,
    });
    this.failures = 0;
  }

  private recovered(): void {
    if (!this.down) return;
    this.down = false;
    this.failures = 0;
    this.logger.log({ msg: 'Redis is back', redis: this.url });
  }
}
