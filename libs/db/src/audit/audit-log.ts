import { EntityManager } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { AUDIT_APPENDED, auditAnchorOf } from './audit-anchor';
import { AuditCheckpoint, AuditKey, chainHash, ChainedFields, GENESIS_HASH, toJsonValue } from './audit-chain';

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
export const AUDIT_CHAIN_LOCK = 7_274_261;

/**
 * Appends an event inside the caller's transaction: the change and its record commit together or
 * not at all. Call it LAST in the transaction: from the advisory lock on, which keeps the chain
 * linear, every other audited write of the system waits for this transaction to commit. So the lock
 * is taken only once the event is ready, just before reading the head and inserting.
 * The hash is an HMAC under the data source's audit key (see anchorAuditChain); after the commit,
 * the new head is checkpointed outside the database.
 */
export async function appendAudit(manager: EntityManager, entry: AuditEntry, now = new Date()): Promise<void> {
  const queryRunner = manager.queryRunner;
  if (!queryRunner?.isTransactionActive) {
    throw new Error('appendAudit must run inside the transaction that makes the change');
  }
  const anchor = auditAnchorOf(manager);
  const content = {
    at: now.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: toJsonValue(entry.before),
    after: toJsonValue(entry.after),
  };
  // Hand-written statements: every audited write runs these three while it holds the chain's lock.
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [last]: { seq: string; hash: string }[] = await manager.query(
    'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
  );
  const seq = last ? Number(last.seq) + 1 : 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = chainHash(anchor.key, prevHash, { ...content, seq });
  // A null snapshot is SQL NULL, as TypeORM writes it.
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  await manager.query(
    `INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, before, after, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      String(seq),
      now,
      content.actorId,
      content.action,
      content.entityType,
      content.entityId,
      json(content.before),
      json(content.after),
      prevHash,
      hash,
    ],
  );
  queryRunner.data = { ...(queryRunner.data as object), [AUDIT_APPENDED]: true };
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
  /** Events checked before the first broken one (all of them when the chain holds). */
  checked: number;
  /** The first event whose link does not hold, and why. */
  firstBroken?: { seq: number; reason: string };
  /** The chain holds but stops short of the checkpoint: events were removed from its end. */
  truncated?: { endsAt: number; checkpointSeq: number; reason: string };
  /** The checkpoint the chain was compared with; null when none was ever written (or none could be read). */
  checkpoint: { seq: number; at: string } | null;
}

/**
 * Walks the chain from `from` (the genesis by default) and names the first event that was edited,
 * removed or inserted, or whose hash differs from the checkpoint's at the checkpoint's seq.
 */
async function walkChain(
  manager: EntityManager,
  key: AuditKey,
  from: { seq: number; hash: string },
  checkpoint: AuditCheckpoint | undefined,
  batchSize = 1000,
): Promise<{ lastSeq: number; firstBroken?: { seq: number; reason: string } }> {
  const repo = manager.getRepository(AuditEventEntity);
  let expectedSeq = from.seq + 1;
  let prevHash = from.hash;
  for (;;) {
    const batch = await repo
      .createQueryBuilder('e')
      .where('e.seq >= :from', { from: expectedSeq })
      .orderBy('e.seq', 'ASC')
      .take(batchSize)
      .getMany();
    for (const event of batch) {
      const seq = Number(event.seq);
      const broken = (reason: string) => ({ lastSeq: expectedSeq - 1, firstBroken: { seq, reason } });
      if (seq !== expectedSeq) return broken(`event ${expectedSeq} is missing`);
      if (event.prevHash !== prevHash) return broken('its link to the previous event does not match');
      if (chainHash(key, prevHash, chainedFieldsOf(event)) !== event.hash) {
        return broken('its content no longer matches its hash');
      }
      if (checkpoint && seq === checkpoint.seq && event.hash !== checkpoint.hash) {
        return broken('its hash differs from the checkpoint kept outside the database');
      }
      prevHash = event.hash;
      expectedSeq += 1;
    }
    if (batch.length < batchSize) return { lastSeq: expectedSeq - 1 };
  }
}

/**
 * Verifies the whole chain against the checkpoint, which the caller reads BEFORE the walk: the
 * checkpoint then names only events committed before the walk starts, so a chain that grows during
 * the walk never looks truncated.
 */
export async function verifyAuditChain(
  manager: EntityManager,
  key: AuditKey,
  checkpoint: AuditCheckpoint | undefined,
): Promise<AuditVerification> {
  const anchored = checkpoint ? { seq: checkpoint.seq, at: checkpoint.at } : null;
  const { lastSeq, firstBroken } = await walkChain(manager, key, { seq: 0, hash: GENESIS_HASH }, checkpoint);
  if (firstBroken) return { ok: false, checked: lastSeq, firstBroken, checkpoint: anchored };
  if (checkpoint && lastSeq < checkpoint.seq) {
    const reason = `the chain ends at ${lastSeq}, the checkpoint says ${checkpoint.seq}`;
    return {
      ok: false,
      checked: lastSeq,
      truncated: { endsAt: lastSeq, checkpointSeq: checkpoint.seq, reason },
      checkpoint: anchored,
    };
  }
  return { ok: true, checked: lastSeq, checkpoint: anchored };
}

/** Checks that the chain still holds `from` and extends it soundly: the anchor's guard before it moves. */
export async function checkChainSegment(
  manager: EntityManager,
  key: AuditKey,
  from: { seq: number; hash: string },
): Promise<{ ok: boolean; reason?: string }> {
  let start = { seq: 0, hash: GENESIS_HASH };
  if (from.seq > 0) {
    const row = await manager.getRepository(AuditEventEntity).findOneBy({ seq: String(from.seq) });
    if (!row || row.hash !== from.hash) return { ok: false, reason: `event ${from.seq} differs from the checkpoint` };
    start = { seq: from.seq, hash: row.hash };
  }
  const { firstBroken } = await walkChain(manager, key, start, undefined);
  return firstBroken ? { ok: false, reason: `event ${firstBroken.seq}: ${firstBroken.reason}` } : { ok: true };
}
