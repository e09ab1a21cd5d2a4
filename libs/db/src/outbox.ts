import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from './clock';
import { ClaimedOutboxMessage, OutboxRepository } from './repositories/outbox.repository';

/**
 * Rings after a unit of work that wrote outbox messages commits, so the relay of this process
 * sends them at once instead of at its next poll. Other processes find them by polling.
 */
@Injectable()
export class OutboxSignal {
  private readonly listeners = new Set<() => void>();

  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  ring(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The relay's side of the outbox: claim a batch, hand it over, mark it sent, in one transaction. */
@Injectable()
export class OutboxBatches {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Claims up to `limit` unsent messages (rows other relays hold are skipped), calls `send`, and marks
   * them sent when it resolves; when it throws, the transaction rolls back and the rows wait for the
   * next pass. Returns how many were sent.
   */
  relay(limit: number, send: (messages: ClaimedOutboxMessage[]) => Promise<void>): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const outbox = new OutboxRepository(manager);
      const messages = await outbox.claimUnsent(limit);
      if (!messages.length) return 0;
      await send(messages);
      await outbox.markSent(
        messages.map((m) => m.id),
        this.clock.now(),
      );
      return messages.length;
    });
  }

  countUnsent(): Promise<number> {
    return new OutboxRepository(this.dataSource.manager).countUnsent();
  }
}
