import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { chainHash, ChainedFields, GENESIS_HASH, toJsonValue } from './audit-chain';

/** A state change to record. `before`/`after` hold what changed, never secrets or ballots' choices. */
export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Arbitrary constant naming the advisory lock that serialises appends to the chain. */
const AUDIT_CHAIN_LOCK = 7_274_261;

/**
 * Appends an event inside the caller's transaction: the change and its record commit together or
 * not at all. The transaction-scoped advisory lock keeps the chain linear under concurrency.
 */
export async function appendAudit(manager: EntityManager, entry: AuditEntry, now = new Date()): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendAudit must run inside the transaction that makes the change');
  }
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [last] = await manager
    .getRepository(AuditEventEntity)
    .find({ select: { seq: true, hash: true }, order: { seq: 'DESC' }, take: 1 });
  const seq = last ? Number(last.seq) + 1 : 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    seq,
    at: now.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: toJsonValue(entry.before),
    after: toJsonValue(entry.after),
  };
  const event: AuditEventEntity = { ...fields, seq: String(seq), at: now, prevHash, hash: chainHash(prevHash, fields) };
  await manager.getRepository(AuditEventEntity).insert(event as QueryDeepPartialEntity<AuditEventEntity>);
}

/** What a stored event's hash covers, read back from its row. */
export function chainedFieldsOf(event: AuditEventEntity): ChainedFields {
  return {
    seq: Number(event.seq),
    at: event.at.toISOString(),
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before,
    after: event.after,
  };
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first event whose link does not hold, and why. */
  firstBroken?: { seq: number; reason: string };
}

/** Walks the whole chain in order and names the first event that was edited, removed or inserted. */
export async function verifyAuditChain(manager: EntityManager, batchSize = 1000): Promise<AuditVerification> {
  const repo = manager.getRepository(AuditEventEntity);
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const batch = await repo
      .createQueryBuilder('e')
      .where('e.seq >= :from', { from: expectedSeq })
      .orderBy('e.seq', 'ASC')
      .take(batchSize)
      .getMany();
    for (const event of batch) {
      const seq = Number(event.seq);
      const broken = (reason: string): AuditVerification => ({
        ok: false,
        checked: expectedSeq - 1,
        firstBroken: { seq, reason },
      });
      if (seq !== expectedSeq) return broken(`event ${expectedSeq} is missing`);
      if (event.prevHash !== prevHash) return broken('its link to the previous event does not match');
      const recomputed = chainHash(prevHash, chainedFieldsOf(event));
      if (recomputed !== event.hash) return broken('its content no longer matches its hash');
      prevHash = event.hash;
      expectedSeq += 1;
    }
    if (batch.length < batchSize) return { ok: true, checked: expectedSeq - 1 };
  }
}
