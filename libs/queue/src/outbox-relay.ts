import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ClaimedOutboxMessage, OutboxBatches, OutboxSignal } from '@quorum/db';
import { Queue } from 'bullmq';
import { JOB_OPTIONS, QUEUES, QueueName } from './queues';

const BATCH = 100;
/** How often the relay looks for messages written by other processes, or left while Redis was away. */
const POLL_MS = 1_000;
/** How long a batch may wait for Redis before its rows are given back to the outbox. */
const SEND_TIMEOUT_MS = 5_000;

/**
 * Moves outbox rows to their BullMQ queues. Each pass claims unsent rows `FOR UPDATE SKIP LOCKED`
 * (several API processes relay side by side), adds their jobs under their deterministic ids and
 * marks the rows sent in the same transaction. While Redis is away the rows simply wait: the relay
 * checks Redis before claiming, and a send that does not finish in time rolls the claim back. A job
 * added but not marked sent is added again later under the same id, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private queues = new Map<string, Queue>();
  private timer?: NodeJS.Timeout;
  private stopListening?: () => void;
  private draining?: Promise<void>;
  private again = false;
  private failing = false;

  constructor(
    private readonly batches: OutboxBatches,
    private readonly signal: OutboxSignal,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    for (const name of Object.values(QUEUES)) {
      this.queues.set(name, this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
    }
    this.stopListening = this.signal.listen(() => this.nudge());
    this.timer = setInterval(() => this.nudge(), POLL_MS);
    this.timer.unref();
    this.nudge();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.stopListening?.();
    await this.draining;
  }

  /** Runs a pass now, or right after the one under way. */
  nudge(): void {
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => (this.draining = undefined));
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.again = false;
        if (!(await this.redisReady())) return;
        while ((await this.batches.relay(BATCH, (messages) => this.send(messages))) === BATCH);
      } while (this.again);
      if (this.failing) this.logger.log('The outbox is flowing again');
      this.failing = false;
    } catch (error) {
      // Logged once per outage; the rows stay unsent and the next poll tries again.
      if (!this.failing) this.logger.warn(`Outbox messages wait: ${(error as Error).message}`);
      this.failing = true;
    }
  }

  private async redisReady(): Promise<boolean> {
    const queue = this.queues.get(QUEUES.minutes);
    if (!queue) return false;
    // The queue's client waits for Redis as long as it takes: ask briefly, then look at its state.
    const client = await withTimeout(queue.getBackend().client, 200).catch(() => undefined);
    return (client as { status?: string } | undefined)?.status === 'ready';
  }

  private async send(messages: ClaimedOutboxMessage[]): Promise<void> {
    const byQueue = new Map<string, ClaimedOutboxMessage[]>();
    for (const m of messages) byQueue.set(m.queue, [...(byQueue.get(m.queue) ?? []), m]);
    for (const [name, batch] of byQueue) {
      const queue = this.queues.get(name);
      if (!queue) throw new Error(`An outbox message names the unknown queue ${name}`);
      const jobs = batch.map((m) => ({
        name: m.name,
        data: m.payload,
        opts: { ...JOB_OPTIONS[name as QueueName], jobId: m.jobId },
      }));
      await withTimeout(queue.addBulk(jobs), SEND_TIMEOUT_MS);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
