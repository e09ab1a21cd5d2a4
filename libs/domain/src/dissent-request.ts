import type { AttendanceStatus } from './quorum';
import { ConflictError, ForbiddenError, ValidationError } from './errors';
import type { DraftDissent, MinutesDraftContent } from './minutes';
import type { Role } from './roles';

/** A member's request that their dissent be recorded under an item: pending until the secretariat decides. */
export const DISSENT_REQUEST_STATES = ['pending', 'accepted', 'declined'] as const;
export type DissentRequestState = (typeof DISSENT_REQUEST_STATES)[number];
export type DissentRequestDecision = 'accept' | 'decline';

const DECIDED: Record<DissentRequestDecision, DissentRequestState> = { accept: 'accepted', decline: 'declined' };
const ATTENDED: readonly AttendanceStatus[] = ['present', 'remote'];

export interface DissentRequestFacts {
  requester: { role: Role };
  /** The requester's mandate in the body on the meeting's date, and what was recorded of it. */
  mandate: { membershipId: string; attendance: AttendanceStatus | null } | null;
  itemId: string;
  agendaItemIds: ReadonlySet<string>;
}

/**
 * Only a member who attended the meeting (in the room or remote) asks for their dissent to be
 * recorded, and only under an item of its agenda. Returns the mandate the dissent is recorded for.
 */
export function assertMayRequestDissent(facts: DissentRequestFacts): string {
  if (facts.requester.role !== 'member' || !facts.mandate) {
    throw new ForbiddenError('dissent_request.not_sitting');
  }
  if (!facts.mandate.attendance || !ATTENDED.includes(facts.mandate.attendance)) {
    throw new ForbiddenError('dissent_request.not_attended');
  }
  if (!facts.agendaItemIds.has(facts.itemId)) {
    throw new ValidationError('minutes.item_not_on_agenda', { field: 'itemId' }, ['itemId']);
  }
  return facts.mandate.membershipId;
}

/** A request is decided once: pending → accepted or declined. Returns the state it moves to. */
export function decideDissentRequest(
  current: DissentRequestState,
  decision: DissentRequestDecision,
): DissentRequestState {
  if (current !== 'pending') {
    throw new ConflictError('dissent_request.already_decided', { status: current, decision }, ['status']);
  }
  return DECIDED[decision];
}

/** The draft with the accepted dissent recorded under its item (after those already there). */
export function withDissentRecorded(
  draft: MinutesDraftContent,
  itemId: string,
  dissent: Omit<DraftDissent, 'private'>,
): MinutesDraftContent {
  const recorded: DraftDissent = { ...dissent, private: false };
  const present = draft.items.some((item) => item.agendaItemId === itemId);
  const items = present
    ? draft.items.map((item) =>
        item.agendaItemId === itemId ? { ...item, dissents: [...item.dissents, recorded] } : item,
      )
    : [...draft.items, { agendaItemId: itemId, summary: [], decisions: [], dissents: [recorded] }];
  return { ...draft, items };
}
