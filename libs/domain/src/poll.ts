import type { Majority } from './body';
import { ConflictError, RuleViolationError } from './errors';
import type { Choice } from './tally';

/**
 * How a poll is held: counts of raised hands entered by the secretariat, a named roll call whose
 * choices are public, or a secret ballot that no one can link to a member.
 */
export const POLL_METHODS = ['show_of_hands', 'roll_call', 'secret'] as const;
export type PollMethod = (typeof POLL_METHODS)[number];

/** A poll is prepared (`draft`), opened in session, then closed with its result, once. */
export const POLL_STATES = ['draft', 'open', 'closed'] as const;
export type PollState = (typeof POLL_STATES)[number];

const NEXT: Record<'open' | 'close', { from: PollState; to: PollState }> = {
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'closed' },
};

/** The state a poll reaches by opening or closing, or a 409 when it is not in the state that allows it. */
export function nextPollState(current: PollState, action: 'open' | 'close'): PollState {
  const { from, to } = NEXT[action];
  if (current !== from) {
    throw new ConflictError('poll.invalid_transition', { action, status: current, allowed: from }, ['status']);
  }
  return to;
}

/** A ballot is accepted only while the poll is open: nothing before, nothing after its close. */
export function assertPollAcceptsBallots(status: PollState): void {
  if (status !== 'open') {
    throw new ConflictError('poll.not_open', { status }, ['status']);
  }
}

/** Only a decision item is put to the vote. */
export function assertItemMayHoldPoll(item: { kind: string }): void {
  if (item.kind !== 'decision') {
    throw new RuleViolationError('poll.item_not_decision', { kind: item.kind }, ['itemId']);
  }
}

export interface CastingVoteInput {
  method: PollMethod;
  majority: Majority;
  chairHasCastingVote: boolean;
  /** The chair's own choice: their roll-call ballot, or what the secretariat saw at a show of hands. */
  chairChoice: Choice | null;
}

/**
 * The chair's casting vote as the tally takes it: only where the body grants it and never in a secret
 * poll (whose ballots are unlinkable, the chair's included); an abstaining chair breaks no tie.
 */
export function castingVoteOf(input: CastingVoteInput): 'yes' | 'no' | null {
  if (!input.chairHasCastingVote || input.method === 'secret') return null;
  return input.chairChoice === 'yes' || input.chairChoice === 'no' ? input.chairChoice : null;
}
