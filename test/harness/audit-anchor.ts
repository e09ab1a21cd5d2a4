import { anchorAuditChain, AuditAnchor, AuditCheckpoint, checkChainSegment, CheckpointStore } from '@quorum/db';
import { DataSource } from 'typeorm';

export const TEST_AUDIT_KEY = 'quorum-test-audit-key-of-32-chars!';

/** A checkpoint store that lives as long as the test. */
export class MemoryCheckpointStore implements CheckpointStore {
  readonly name = 'memory';
  checkpoint?: AuditCheckpoint;
  async read() {
    return this.checkpoint;
  }
  async write(checkpoint: AuditCheckpoint) {
    this.checkpoint = checkpoint;
  }
}

/**
 * For medium tests that build their own DataSource (no Nest): gives it the audit key that
 * appendAudit needs, as AuditChainModule does in the apps. Returns the anchor to await or inspect.
 */
export function anchorTestAuditChain(dataSource: DataSource, store = new MemoryCheckpointStore()): AuditAnchor {
  const anchor = new AuditAnchor(TEST_AUDIT_KEY, [store], checkChainSegment, () => undefined);
  anchorAuditChain(dataSource, anchor);
  return anchor;
}
