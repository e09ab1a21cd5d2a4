import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit, AuditEntry } from './audit/audit-log';
import { Clock } from './clock';
import { domainErrorOfViolation } from './constraint-errors';
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
  ) {}

  async run<T>(actorId: string | null, work: (tx: Work) => Promise<T>): Promise<T> {
    const now = this.clock.now();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const events: Omit<AuditEntry, 'actorId'>[] = [];
        const result = await work({ repos: new Repositories(manager), now, audit: (event) => events.push(event) });
        for (const event of events) await appendAudit(manager, { ...event, actorId }, now);
        return result;
      });
    } catch (error) {
      throw domainErrorOfViolation(error) ?? error;
    }
  }
}
