import { createHmac, timingSafeEqual } from 'node:crypto';
import { configure } from 'safe-stable-stringify';

// Keys sorted at every depth: the same event always serialises to the same bytes.
const canonicalJson = configure({ deterministic: true, circularValue: Error, bigint: false });

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The secret (AUDIT_KEY) that MACs the chain and its checkpoints. The database never holds it, so
 * whoever can write the audit table cannot recompute a consistent chain after editing it.
 */
export type AuditKey = string;

/** The fields of an audit event that its hash covers. */
export interface ChainedFields {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** HMAC-SHA-256, under the audit key, of the previous hash followed by the event's canonical JSON. */
export function chainHash(key: AuditKey, prevHash: string, fields: ChainedFields): string {
  return createHmac('sha256', key)
    .update(prevHash)
    .update(canonicalJson(fields) ?? '')
    .digest('hex');
}

/** Makes a value what it will be after a round trip through jsonb, so the hash survives storage. */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** The head of the chain as last seen committed, kept outside the database and MACed. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
  mac: string;
}

// Prefixed so that no chain hash (which starts with 64 hex digits) can pass for a checkpoint MAC.
const checkpointMac = (key: AuditKey, { seq, hash, at }: Omit<AuditCheckpoint, 'mac'>) =>
  createHmac('sha256', key)
    .update(`quorum-audit-checkpoint\n${canonicalJson({ seq, hash, at })}`)
    .digest('hex');

export function signCheckpoint(key: AuditKey, head: Omit<AuditCheckpoint, 'mac'>): AuditCheckpoint {
  return { seq: head.seq, hash: head.hash, at: head.at, mac: checkpointMac(key, head) };
}

/** True when the checkpoint was signed with this key and not altered since. */
export function isCheckpointAuthentic(key: AuditKey, checkpoint: AuditCheckpoint): boolean {
  if (typeof checkpoint?.mac !== 'string' || !Number.isSafeInteger(checkpoint.seq)) return false;
  const expected = Buffer.from(checkpointMac(key, checkpoint), 'hex');
  const given = Buffer.from(checkpoint.mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
