import type { Majority } from './body';
import { RuleViolationError, ValidationError } from './errors';
import { Counts, judgeMajority } from './majority';

/** What a member may answer (DESIGN.md, ballot). */
export const CHOICES = ['yes', 'no', 'abstain'] as const;
export type Choice = (typeof CHOICES)[number];

/** How a poll ends: the majority was reached, was not, or the quorum was lost before the close. */
export const OUTCOMES = ['adopted', 'rejected', 'no_quorum'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface TallyInput {
  counts: Counts;
  majority: Majority;
  /** Members who may vote in this poll (attending or represented, minus recused). */
  eligible: number;
  /** Members sitting on the body that day, attending or not: the base of an `absolute` majority. */
  sitting: number;
  /** Whether the meeting still has its quorum at the close. */
  quorumMet: boolean;
  /**
   * The chair's vote where it breaks a tie: given only when the body grants the chair a casting vote
   * and the poll is not secret (a secret ballot's chair is unknown by design). `null` when the chair
   * did not vote yes or no.
   */
  castingVote: 'yes' | 'no' | null;
}

/** The stored result of a poll (DESIGN.md: `{ yes, no, abstain, cast, eligible, outcome }`). */
export interface PollResult extends Counts {
  cast: number;
  eligible: number;
  outcome: Outcome;
  /** True when the outcome came from the chair's casting vote. */
  decidedByCastingVote: boolean;
}

/** Throws unless the counts are whole, non-negative and no more than the eligible voters. */
export function assertCountsPossible(counts: Counts, eligible: number, field = 'counts'): void {
  for (const choice of CHOICES) {
    const n = counts[choice];
    if (!Number.isInteger(n) || n < 0) {
      throw new ValidationError('tally.count_not_whole', { field: `${field}.${choice}` }, [`${field}.${choice}`]);
    }
  }
  const cast = counts.yes + counts.no + counts.abstain;
  if (cast > eligible) {
    throw new RuleViolationError('tally.too_many', { cast, eligible }, [field]);
  }
}

/** The result of a poll from its counts: a pure function of what was cast and the rules in force. */
export function tallyBallots(input: TallyInput): PollResult {
  const { counts, eligible } = input;
  assertCountsPossible(counts, eligible);
  const cast = counts.yes + counts.no + counts.abstain;
  const base = { ...counts, cast, eligible };
  if (!input.quorumMet) return { ...base, outcome: 'no_quorum', decidedByCastingVote: false };
  const { reached, tie } = judgeMajority(input.majority, counts, input.sitting);
  if (tie && input.castingVote !== null) {
    return { ...base, outcome: input.castingVote === 'yes' ? 'adopted' : 'rejected', decidedByCastingVote: true };
  }
  return { ...base, outcome: reached ? 'adopted' : 'rejected', decidedByCastingVote: false };
}

/** The counts of a list of choices. */
export function countChoices(choices: readonly Choice[]): Counts {
  const counts: Counts = { yes: 0, no: 0, abstain: 0 };
  for (const choice of choices) counts[choice] += 1;
  return counts;
}
