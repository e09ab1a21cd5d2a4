import { ConflictError, ForbiddenError, RuleViolationError } from './errors';
import type { Outcome } from './tally';

/** A proposal's life (DESIGN.md, Proposal): drafted, submitted, then adopted, rejected or withdrawn. */
export const PROPOSAL_STATES = ['draft', 'submitted', 'adopted', 'rejected', 'withdrawn'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export type ProposalAction = 'submit' | 'withdraw' | 'adopt' | 'reject';

const TRANSITIONS: Record<ProposalAction, { from: readonly ProposalState[]; to: ProposalState }> = {
  submit: { from: ['draft'], to: 'submitted' },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn' },
  adopt: { from: ['submitted'], to: 'adopted' },
  reject: { from: ['submitted'], to: 'rejected' },
};

/** The state a proposal reaches by an action, or a 409 naming the states that allow it. */
export function nextProposalState(current: ProposalState, action: ProposalAction): ProposalState {
  const { from, to } = TRANSITIONS[action];
  if (!from.includes(current)) {
    throw new ConflictError(
      `Cannot ${action} a proposal that is ${current}: allowed only when it is ${from.join(' or ')}`,
      [{ field: 'status', message: `is ${current}; ${action} needs ${from.join(' or ')}` }],
    );
  }
  return to;
}

/** What a closed poll does to the proposal it was on: adopted or rejected; a poll without quorum decides nothing. */
export function proposalActionOf(outcome: Outcome): 'adopt' | 'reject' | null {
  if (outcome === 'adopted') return 'adopt';
  if (outcome === 'rejected') return 'reject';
  return null;
}

/**
 * Who may change a proposal's text: its authors while it is a draft; the secretariat also once it is
 * submitted (to carry adopted amendments into it). A decided or withdrawn text never changes.
 */
export function assertMayEditProposal(status: ProposalState, editor: { isStaff: boolean; isAuthor: boolean }): void {
  if (status !== 'draft' && status !== 'submitted') {
    throw new ConflictError(`A proposal that is ${status} can no longer change`, [
      { field: 'status', message: `is ${status}` },
    ]);
  }
  if (editor.isStaff) return;
  if (!editor.isAuthor) throw new ForbiddenError('Only the authors of a proposal (or the secretariat) may change it');
  if (status !== 'draft') {
    throw new ConflictError('A submitted proposal is changed by the secretariat only (by amendment)', [
      { field: 'status', message: 'is submitted' },
    ]);
  }
}

/** An amendment attaches to a proposal still under discussion, and never to another amendment. */
export function assertMayBeAmended(parent: { status: ProposalState; parentId: string | null }): void {
  if (parent.parentId !== null) {
    throw new RuleViolationError('An amendment cannot itself be amended; amend the proposal it belongs to', [
      { field: 'parentId', message: 'is an amendment' },
    ]);
  }
  if (parent.status !== 'draft' && parent.status !== 'submitted') {
    throw new ConflictError(`A proposal that is ${parent.status} can no longer be amended`, [
      { field: 'status', message: `is ${parent.status}` },
    ]);
  }
}

/**
 * Amendments are voted before the text they amend: a poll on a proposal opens only once none of its
 * submitted amendments awaits a vote.
 */
export function assertAmendmentsVotedFirst(amendments: readonly { id: string; status: ProposalState }[]): void {
  const pending = amendments.filter((a) => a.status === 'submitted').map((a) => a.id);
  if (pending.length > 0) {
    throw new RuleViolationError(`Amendments are voted first: ${pending.join(', ')} still await a vote`, [
      { field: 'proposalId', message: `has ${pending.length} amendment(s) not yet voted` },
    ]);
  }
}

/** A proposal is put to the vote once submitted, and only then. */
export function assertProposalMayBeVoted(status: ProposalState): void {
  if (status !== 'submitted') {
    throw new ConflictError(`Only a submitted proposal is put to the vote; this one is ${status}`, [
      { field: 'proposalId', message: `is ${status}` },
    ]);
  }
}
