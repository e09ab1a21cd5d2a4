import { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { AuditCheckpoint, AuditKey, isCheckpointAuthentic, signCheckpoint } from './audit-chain';
import { CheckpointStore } from './checkpoint-store';

/** Marks, on the transaction's query runner, that it appended to the chain. */
export const AUDIT_APPENDED = 'quorumAuditAppended';

export interface CheckpointReading {
  /** The authentic checkpoint with the highest seq, if any store holds one. */
  checkpoint?: AuditCheckpoint;
  /** Stores whose checkpoint does not carry a valid MAC. */
  forged: string[];
}

export type ChainSegmentCheck = (
  manager: EntityManager,
  key: AuditKey,
  from: { seq: number; hash: string },
) => Promise<{ ok: boolean; reason?: string }>;

/**
 * The audit key and the stores of the chain's checkpoint, for one data source. After each commit
 * that appended events, the committed head is MACed and written to every store. Written after
 * commit and from what is committed, a checkpoint may lag (process killed, store unreachable: the
 * next commit catches up) but never runs ahead of the table. It only moves forward, and only over a
 * chain that extends the previous checkpoint, so a truncated or rewritten chain is never anchored.
 */
export class AuditAnchor {
  private running: Promise<void> = Promise.resolve();
  private queued = false;

  constructor(
    readonly key: AuditKey,
    private readonly stores: CheckpointStore[],
    private readonly checkSegment: ChainSegmentCheck,
    private readonly warn: (message: string, fields: Record<string, unknown>) => void,
  ) {}

  /** Reads every store; a store that cannot be read (Redis down) is skipped, not trusted. */
  async readCheckpoint(): Promise<CheckpointReading> {
    const reading: CheckpointReading = { forged: [] };
    for (const store of this.stores) {
      const checkpoint = await store.read().catch((error: Error) => {
        this.warn('Audit checkpoint unreadable', { store: store.name, error: error.message });
        return undefined;
      });
      if (!checkpoint) continue;
      if (!isCheckpointAuthentic(this.key, checkpoint)) reading.forged.push(store.name);
      else if (!reading.checkpoint || checkpoint.seq > reading.checkpoint.seq) reading.checkpoint = checkpoint;
    }
    return reading;
  }

  /** Asks for a checkpoint of the committed head; calls made while one runs collapse into one more. */
  requestCheckpoint(dataSource: DataSource): Promise<void> {
    if (this.queued) return this.running;
    this.queued = true;
    this.running = this.running.then(() => {
      this.queued = false;
      return this.advance(dataSource).catch((error: Error) =>
        this.warn('Audit checkpoint not written', { error: error.message }),
      );
    });
    return this.running;
  }

  /** Resolves once the checkpoints asked so far are written (or given up). */
  settled(): Promise<void> {
    return this.running;
  }

  private async advance(dataSource: DataSource): Promise<void> {
    const { checkpoint, forged } = await this.readCheckpoint();
    if (forged.length > 0) return this.warn('Audit checkpoint not advanced: a stored one is forged', { forged });
    const [head] = await dataSource
      .getRepository(AuditEventEntity)
      .find({ select: { seq: true, hash: true }, order: { seq: 'DESC' }, take: 1 });
    if (!head || (checkpoint && Number(head.seq) <= checkpoint.seq)) return;
    const from = checkpoint ?? { seq: 0, hash: '' };
    const segment = await this.checkSegment(dataSource.manager, this.key, from);
    if (!segment.ok) {
      return this.warn('Audit checkpoint not advanced: the chain does not extend the last checkpoint', {
        checkpointSeq: from.seq,
        reason: segment.reason,
      });
    }
    const next = signCheckpoint(this.key, { seq: Number(head.seq), hash: head.hash, at: new Date().toISOString() });
    await Promise.all(
      this.stores.map((store) =>
        store
          .write(next)
          .catch((error: Error) =>
            this.warn('Audit checkpoint not written to a store', { store: store.name, error: error.message }),
          ),
      ),
    );
  }
}

const anchors = new WeakMap<DataSource, AuditAnchor>();

/** Gives a data source its audit key and checkpoint stores; appendAudit refuses to run without them. */
export function anchorAuditChain(dataSource: DataSource, anchor: AuditAnchor): void {
  const first = !anchors.has(dataSource);
  anchors.set(dataSource, anchor);
  if (!first) return;
  const subscriber: EntitySubscriberInterface = {
    afterTransactionCommit(event: TransactionCommitEvent) {
      const data = event.queryRunner.data as Record<string, unknown>;
      if (!data[AUDIT_APPENDED]) return;
      delete data[AUDIT_APPENDED];
      void anchors.get(dataSource)?.requestCheckpoint(dataSource);
    },
    afterTransactionRollback(event) {
      delete (event.queryRunner.data as Record<string, unknown>)[AUDIT_APPENDED];
    },
  };
  dataSource.subscribers.push(subscriber);
}

/** The anchor of the data source this manager belongs to. */
export function auditAnchorOf(manager: EntityManager): AuditAnchor {
  const anchor = anchors.get(manager.connection);
  if (!anchor)
    throw new Error(
      'No audit key for this data source: import AuditChainModule, or call anchorAuditChain (tests: anchorTestAuditChain)',
    );
  return anchor;
}
