import { ConflictError, ForbiddenError } from './errors';
import type { Role } from './roles';

export const AGENDA_REQUEST_STATES = ['pending', 'accepted', 'declined'] as const;
export type AgendaRequestState = (typeof AGENDA_REQUEST_STATES)[number];
export type AgendaRequestDecision = 'accept' | 'decline';

const DECIDED: Record<AgendaRequestDecision, AgendaRequestState> = { accept: 'accepted', decline: 'declined' };

/** A member may request an item only for a meeting on whose date they sit; staff may always. */
export function assertMayRequestAgendaItem(
  requester: { role: Role; personId: string | null },
  sittingPersonIds: readonly string[],
): void {
  if (requester.role !== 'member') return;
  if (!requester.personId || !sittingPersonIds.includes(requester.personId)) {
    throw new ForbiddenError('agenda_request.not_sitting');
  }
}

/** A request is decided once: pending → accepted or declined. Returns the state it moves to. */
export function decideAgendaRequest(current: AgendaRequestState, decision: AgendaRequestDecision): AgendaRequestState {
  if (current !== 'pending') {
    throw new ConflictError('agenda_request.already_decided', { status: current, decision }, ['status']);
  }
  return DECIDED[decision];
}
