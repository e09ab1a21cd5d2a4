import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit, AuditEntry } from './audit/audit-log';
import { Clock } from './clock';
import { domainErrorOfViolation } from './constraint-errors';
import { OutboxSignal } from './outbox';
import { OutboxMessage } from './repositories/outbox.repository';
import { Repositories } from './repositories/repositories';

/** What a write may do inside its transaction. */
export interface Work {
  /** Repositories bound to this transaction: every load, lock and save of the write. */
  readonly repos: Repositories;
  /** The instant of this write, read once from the Clock. */
  readonly now: Date;
  /**
   * Records a state change: `before`/`after` are domain snapshots (plain data of what changed), never
   * the HTTP response, secrets or a secret ballot's choice. Events are appended when the work is done,
   * so the audit chain's lock is held only from then to the commit.
   */
  audit(event: Omit<AuditEntry, 'actorId'>): void;
  /**
   * Asks for work outside the request (a render, an e-mail): the message is written to the outbox in
   * this transaction, so it exists if and only if the change commits; the relay then queues it.
   */
  outbox(message: OutboxMessage): void;
}

/**
 * The one way a service changes state: a transaction in which the repositories load and lock, a
 * rule of libs/domain decides, the repositories save, and the audit events are appended; all of it
 * commits or none of it does. A constraint violation is turned into the domain error it stands for
 * (see constraint-errors.ts).
 */
@Injectable()
export class UnitOfWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    // Optional so that a unit of work can run without Nest (medium tests); the relay then finds rows by polling.
    @Optional() private readonly outboxSignal?: OutboxSignal,
  ) {}

  async run<T>(actorId: string | null, work: (tx: Work) => Promise<T>): Promise<T> {
    const now = this.clock.now();
    const messages: OutboxMessage[] = [];
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const events: Omit<AuditEntry, 'actorId'>[] = [];
        const repos = new Repositories(manager);
        const outbox = (message: OutboxMessage) => messages.push(message);
        const result = await work({ repos, now, audit: (event) => events.push(event), outbox });
        await repos.outbox.add(messages);
        for (const event of events) await appendAudit(manager, { ...event, actorId }, now);
        return result;
      });
      if (messages.length) this.outboxSignal?.ring();
      return result;
    } catch (error) {
      throw domainErrorOfViolation(error) ?? error;
    }
  }
}
