import fc from 'fast-check';
import { MAJORITIES } from './body';
import { castingVoteOf } from './poll';
import { Counts } from './majority';
import { countChoices, tallyBallots, TallyInput } from './tally';

const input = (counts: Partial<Counts>, rest: Partial<TallyInput> = {}): TallyInput => ({
  counts: { yes: 0, no: 0, abstain: 0, ...counts },
  majority: 'simple',
  eligible: 20,
  sitting: 20,
  quorumMet: true,
  castingVote: null,
  ...rest,
});

describe('tallyBallots', () => {
  it.each([
    // majority, yes, no, abstain, casting vote, outcome
    ['simple', 6, 5, 9, null, 'adopted'],
    ['simple', 5, 6, 0, null, 'rejected'],
    ['simple', 3, 2, 15, null, 'adopted'], // abstentions count for nothing
    ['simple', 5, 5, 0, null, 'rejected'], // a tie without casting vote is not a majority
    ['simple', 5, 5, 0, 'yes', 'adopted'], // the chair's vote breaks the tie
    ['simple', 5, 5, 0, 'no', 'rejected'],
    ['simple', 0, 0, 10, 'yes', 'rejected'], // all abstain: nothing to break
    ['absolute', 10, 0, 0, null, 'rejected'], // 10 of 20 sitting is not more than half
    ['absolute', 10, 0, 0, 'yes', 'adopted'], // exactly half: the casting vote decides
    ['absolute', 11, 0, 0, null, 'adopted'],
    ['absolute', 10, 1, 9, null, 'rejected'], // abstentions weigh as no against the sitting
    ['two_thirds', 8, 4, 0, null, 'adopted'], // exactly two thirds of votes expressed
    ['two_thirds', 7, 4, 5, null, 'rejected'],
    ['two_thirds', 6, 3, 11, null, 'adopted'], // abstentions left out of the base
    ['two_thirds', 6, 6, 0, 'yes', 'rejected'], // no casting vote outside a tie rule
    ['unanimity', 12, 0, 3, null, 'adopted'], // abstentions do not break unanimity
    ['unanimity', 12, 1, 0, 'yes', 'rejected'],
    ['unanimity', 0, 0, 5, null, 'rejected'], // nobody for it: nothing adopted
  ] as const)(
    '%s with %i yes, %i no, %i abstain, casting vote %s: %s',
    (majority, yes, no, abstain, castingVote, outcome) => {
      const result = tallyBallots(input({ yes, no, abstain }, { majority, castingVote }));
      expect(result).toMatchObject({ yes, no, abstain, cast: yes + no + abstain, eligible: 20, outcome });
    },
  );

  it('records when the casting vote decided', () => {
    expect(tallyBallots(input({ yes: 4, no: 4 }, { castingVote: 'no' })).decidedByCastingVote).toBe(true);
    expect(tallyBallots(input({ yes: 5, no: 4 }, { castingVote: 'no' })).decidedByCastingVote).toBe(false);
  });

  it('gives no_quorum when the quorum was lost before the close, whatever the counts', () => {
    expect(tallyBallots(input({ yes: 9 }, { quorumMet: false })).outcome).toBe('no_quorum');
  });

  it.each([
    [{ yes: 15, no: 5, abstain: 1 }, 'counts', 'tally.too_many'],
    [{ yes: -1, no: 0, abstain: 0 }, 'counts.yes', 'tally.count_not_whole'],
    [{ yes: 1.5, no: 0, abstain: 0 }, 'counts.yes', 'tally.count_not_whole'],
  ])('refuses impossible counts %j naming %s', (counts, field, code) => {
    expect(() => tallyBallots(input(counts))).toThrow(
      expect.objectContaining({ code, details: [expect.objectContaining({ field, code })] }),
    );
  });
});

describe('tallyBallots, properties', () => {
  const choices = fc.array(fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const), { maxLength: 40 });
  const scenario = fc.record({
    choices,
    absentOrNotVoting: fc.nat({ max: 10 }),
    majority: fc.constantFrom(...MAJORITIES),
    quorumMet: fc.boolean(),
    castingVote: fc.constantFrom('yes' as const, 'no' as const, null),
  });

  it('never counts more ballots than were cast nor than the eligible voters, and sums its counts', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const eligible = s.choices.length + s.absentOrNotVoting;
        const r = tallyBallots({ ...s, counts: countChoices(s.choices), eligible, sitting: eligible });
        expect(r.cast).toBe(s.choices.length);
        expect(r.yes + r.no + r.abstain).toBe(r.cast);
        expect(r.cast).toBeLessThanOrEqual(r.eligible);
      }),
    );
  });

  it('refuses counts beyond the eligible voters, whatever they are', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.nat(30), fc.nat(89), (yes, no, abstain, eligible) => {
        fc.pre(yes + no + abstain > eligible);
        expect(() => tallyBallots(input({ yes, no, abstain }, { eligible, sitting: eligible }))).toThrow();
      }),
    );
  });

  it('does not depend on the order of the ballots', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.double({ noNaN: true }), { minLength: 40, maxLength: 40 }), (s, keys) => {
        const shuffled = s.choices
          .map((choice, i) => ({ choice, key: keys[i] }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.choice);
        const eligible = s.choices.length + s.absentOrNotVoting;
        const a = tallyBallots({ ...s, counts: countChoices(s.choices), eligible, sitting: eligible });
        const b = tallyBallots({ ...s, counts: countChoices(shuffled), eligible, sitting: eligible });
        expect(b).toEqual(a);
      }),
    );
  });

  it('is monotonic: turning a no or an abstention into a yes never turns adopted into rejected', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (s, pick) => {
        const flippable = s.choices.map((c, i) => (c === 'yes' ? -1 : i)).filter((i) => i >= 0);
        fc.pre(flippable.length > 0);
        const more = [...s.choices];
        more[flippable[pick % flippable.length]] = 'yes';
        const eligible = s.choices.length + s.absentOrNotVoting;
        const before = tallyBallots({ ...s, counts: countChoices(s.choices), eligible, sitting: eligible });
        const after = tallyBallots({ ...s, counts: countChoices(more), eligible, sitting: eligible });
        if (before.outcome === 'adopted') expect(after.outcome).toBe('adopted');
      }),
    );
  });

  it('lets the casting vote matter only on a tie', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const eligible = s.choices.length + s.absentOrNotVoting;
        const counts = countChoices(s.choices);
        const withYes = tallyBallots({ ...s, counts, eligible, sitting: eligible, castingVote: 'yes' });
        const withNo = tallyBallots({ ...s, counts, eligible, sitting: eligible, castingVote: 'no' });
        const without = tallyBallots({ ...s, counts, eligible, sitting: eligible, castingVote: null });
        if (withYes.outcome !== withNo.outcome) {
          expect(withYes.decidedByCastingVote && withNo.decidedByCastingVote).toBe(true);
        } else {
          expect(withYes.outcome).toBe(without.outcome);
        }
      }),
    );
  });

  it('adopts under simple and two-thirds majorities whatever is adopted unanimously', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const eligible = s.choices.length + s.absentOrNotVoting;
        const common = { ...s, counts: countChoices(s.choices), eligible, sitting: eligible, quorumMet: true };
        if (tallyBallots({ ...common, majority: 'unanimity' }).outcome === 'adopted') {
          expect(tallyBallots({ ...common, majority: 'two_thirds' }).outcome).toBe('adopted');
          expect(tallyBallots({ ...common, majority: 'simple' }).outcome).toBe('adopted');
        }
      }),
    );
  });

  it('never gives a secret poll a casting vote', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MAJORITIES),
        fc.boolean(),
        fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const, null),
        (majority, chairHasCastingVote, chairChoice) => {
          expect(castingVoteOf({ method: 'secret', majority, chairHasCastingVote, chairChoice })).toBeNull();
        },
      ),
    );
  });
});
