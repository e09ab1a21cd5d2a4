import { termOf } from './i18n/translate';
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
      'proposal.invalid_transition',
      {
        action: termOf('proposal_action', action),
        status: termOf('proposal_status', current),
        allowed: { anyOf: from.map((state) => termOf('proposal_status', state)) },
      },
      ['status'],
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
    throw new ConflictError('proposal.frozen', { status: termOf('proposal_status', status) }, ['status']);
  }
  if (editor.isStaff) return;
  if (!editor.isAuthor)
    throw new ForbiddenError('proposal.authors_only', { action: termOf('proposal_action', 'change') });
  if (status !== 'draft') {
    throw new ConflictError('proposal.submitted_staff_only', {}, ['status']);
  }
}

/** An amendment attaches to a proposal still under discussion, and never to another amendment. */
export function assertMayBeAmended(parent: { status: ProposalState; parentId: string | null }): void {
  if (parent.parentId !== null) {
    throw new RuleViolationError('proposal.amendment_of_amendment', {}, ['parentId']);
  }
  if (parent.status !== 'draft' && parent.status !== 'submitted') {
    throw new ConflictError('proposal.not_amendable', { status: termOf('proposal_status', parent.status) }, ['status']);
  }
}

/**
 * Amendments are voted before the text they amend: a poll on a proposal opens only once none of its
 * submitted amendments awaits a vote.
 */
export function assertAmendmentsVotedFirst(amendments: readonly { id: string; status: ProposalState }[]): void {
  const pending = amendments.filter((a) => a.status === 'submitted').map((a) => a.id);
  if (pending.length > 0) {
    throw new RuleViolationError('proposal.amendments_pending', { pending: { allOf: pending } }, ['proposalId']);
  }
}

/** A proposal is put to the vote once submitted, and only then. */
export function assertProposalMayBeVoted(status: ProposalState): void {
  if (status !== 'submitted') {
    throw new ConflictError('proposal.not_submitted_for_vote', { status: termOf('proposal_status', status) }, [
      'proposalId',
    ]);
  }
}
