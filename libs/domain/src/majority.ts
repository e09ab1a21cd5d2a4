import type { Majority } from './body';

/** Ballots by choice; `abstain` counts as cast but not as a vote expressed. */
export interface Counts {
  yes: number;
  no: number;
  abstain: number;
}

/**
 * How each majority judges the counts. Abstentions are ballots cast but not votes expressed
 * (« suffrages exprimés »): they never count for or against under `simple`, `two_thirds` and
 * `unanimity`; under `absolute` only `yes` counts, against all sitting members, so an abstention
 * weighs as a `no`.
 *
 * `tie` is the case the chair's casting vote may break; `reached` decides otherwise.
 */
const RULES: Record<Majority, (c: Counts, sitting: number) => { reached: boolean; tie: boolean }> = {
  // More yes than no; an equal split (with at least one vote expressed) is a tie.
  simple: ({ yes, no }) => ({ reached: yes > no, tie: yes === no && yes > 0 }),
  // More than half of the members sitting say yes; exactly half is a tie.
  absolute: ({ yes }, sitting) => ({ reached: 2 * yes > sitting, tie: sitting > 0 && 2 * yes === sitting }),
  // At least two thirds of the votes expressed say yes.
  two_thirds: ({ yes, no }) => ({ reached: yes > 0 && 3 * yes >= 2 * (yes + no), tie: false }),
  // Every vote expressed says yes (abstentions do not break unanimity), and at least one does.
  unanimity: ({ yes, no }) => ({ reached: yes > 0 && no === 0, tie: false }),
};

/** Whether a majority is reached by the counts, and whether they stand at the tie a casting vote breaks. */
export function judgeMajority(majority: Majority, counts: Counts, sitting: number): { reached: boolean; tie: boolean } {
  return RULES[majority](counts, sitting);
}

/** What a majority counted: the votes expressed (yes and no), or every member sitting. */
export interface MajorityRequirement {
  base: 'expressed' | 'sitting';
  /** How many the base holds: votes expressed, or members sitting. */
  of: number;
  /** The fewest `yes` that reach the majority on these counts (a tie the chair breaks aside). */
  needed: number;
}

/**
 * How a majority judged the counts, as the minutes print it ("8 votes expressed, 5 needed"): the
 * same rule as `judgeMajority`, stated as a threshold (`reached` exactly when `yes >= needed`).
 */
export function majorityRequirement(majority: Majority, counts: Counts, sitting: number): MajorityRequirement {
  const expressed = counts.yes + counts.no;
  switch (majority) {
    case 'simple':
      return { base: 'expressed', of: expressed, needed: Math.floor(expressed / 2) + 1 };
    case 'absolute':
      return { base: 'sitting', of: sitting, needed: Math.floor(sitting / 2) + 1 };
    case 'two_thirds':
      return { base: 'expressed', of: expressed, needed: Math.max(1, Math.ceil((2 * expressed) / 3)) };
    case 'unanimity':
      return { base: 'expressed', of: expressed, needed: Math.max(1, expressed) };
  }
}
