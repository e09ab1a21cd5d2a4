import fc from 'fast-check';
import { MAJORITIES } from './body';
import { judgeMajority, majorityRequirement } from './majority';

describe('majorityRequirement', () => {
  it.each([
    // majority, yes, no, abstain, sitting, base, of, needed
    ['simple', 6, 5, 9, 20, 'expressed', 11, 6],
    ['simple', 5, 5, 0, 20, 'expressed', 10, 6],
    ['absolute', 10, 0, 0, 20, 'sitting', 20, 11],
    ['absolute', 3, 0, 0, 5, 'sitting', 5, 3],
    ['two_thirds', 8, 4, 0, 20, 'expressed', 12, 8],
    ['two_thirds', 0, 0, 4, 20, 'expressed', 0, 1],
    ['unanimity', 12, 0, 3, 20, 'expressed', 12, 12],
  ] as const)(
    '%s with %i yes, %i no, %i abstain of %i sitting counts the %s: %i, %i needed',
    (majority, yes, no, abstain, sitting, base, of, needed) => {
      expect(majorityRequirement(majority, { yes, no, abstain }, sitting)).toEqual({ base, of, needed });
    },
  );

  it('is reached exactly when judgeMajority says so, for any counts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MAJORITIES),
        fc.record({ yes: fc.nat(40), no: fc.nat(40), abstain: fc.nat(40) }),
        fc.nat(40),
        (majority, counts, extra) => {
          const sitting = counts.yes + counts.no + counts.abstain + extra;
          const { needed } = majorityRequirement(majority, counts, sitting);
          expect(counts.yes >= needed).toBe(judgeMajority(majority, counts, sitting).reached);
        },
      ),
    );
  });
});
