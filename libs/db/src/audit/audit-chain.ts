import { createHash } from 'node:crypto';
import { configure } from 'safe-stable-stringify';

// Keys sorted at every depth: the same event always serialises to the same bytes.
const canonicalJson = configure({ deterministic: true, circularValue: Error, bigint: false });

export const GENESIS_HASH = '0'.repeat(64);

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

/** SHA-256 of the previous hash followed by the canonical (key-sorted) JSON of the event. */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalJson(fields) ?? '')
    .digest('hex');
}

/** Makes a value what it will be after a round trip through jsonb, so the hash survives storage. */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
