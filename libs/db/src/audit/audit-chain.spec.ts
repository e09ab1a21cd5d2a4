import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { chainHash, ChainedFields, GENESIS_HASH, isCheckpointAuthentic, signCheckpoint } from './audit-chain';

const KEY = 'k'.repeat(32);
const event: ChainedFields = {
  seq: 1,
  at: '2027-01-01T00:00:00.000Z',
  actorId: null,
  action: 'body.create',
  entityType: 'body',
  entityId: 'b1',
  before: null,
  after: { name: 'GRAM', seats: [10, 5, 5] },
};

describe('the audit chain hash', () => {
  it('depends on the key, so that the table alone cannot recompute it', () => {
    expect(chainHash(KEY, GENESIS_HASH, event)).not.toBe(chainHash('x'.repeat(32), GENESIS_HASH, event));
    const plain = createHash('sha256').update(GENESIS_HASH).update(JSON.stringify(event)).digest('hex');
    expect(chainHash(KEY, GENESIS_HASH, event)).not.toBe(plain);
  });

  it('ignores the order of keys, as jsonb does not keep it', () => {
    const reordered = { ...event, after: { seats: [10, 5, 5], name: 'GRAM' } };
    expect(chainHash(KEY, GENESIS_HASH, reordered)).toBe(chainHash(KEY, GENESIS_HASH, event));
  });
});

describe('the audit checkpoint', () => {
  const head = { seq: 12, hash: 'a'.repeat(64), at: '2027-01-01T00:00:00.000Z' };

  it('is authentic under its key only', () => {
    expect(isCheckpointAuthentic(KEY, signCheckpoint(KEY, head))).toBe(true);
    expect(isCheckpointAuthentic('x'.repeat(32), signCheckpoint(KEY, head))).toBe(false);
  });

  it('refuses any change of seq, hash or time, and any malformed MAC', () => {
    const signed = signCheckpoint(KEY, head);
    fc.assert(
      fc.property(
        fc.record({ seq: fc.nat(), hash: fc.stringMatching(/^[0-9a-f]{64}$/), at: fc.string() }),
        (changed) => {
          fc.pre(changed.seq !== head.seq || changed.hash !== head.hash || changed.at !== head.at);
          expect(isCheckpointAuthentic(KEY, { ...changed, mac: signed.mac })).toBe(false);
        },
      ),
    );
    for (const mac of ['', 'zz', signed.mac.slice(2), `${signed.mac}00`]) {
      expect(isCheckpointAuthentic(KEY, { ...signed, mac })).toBe(false);
    }
  });
});
