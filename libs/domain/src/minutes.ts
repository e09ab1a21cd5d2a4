import { termOf } from './i18n/translate';
import { ConflictError, FieldProblem, RuleViolationError, ValidationError } from './errors';
import type { MeetingState } from './meeting-state';
import type { Reader } from './read-access';
import type { Role } from './roles';

/** Languages the minutes are written in: French first, English second. */
export const MINUTES_LANGUAGES = ['fr', 'en'] as const;
export type MinutesLanguageCode = (typeof MINUTES_LANGUAGES)[number];

/** queued → rendering → rendered (or failed); a rendered version may then be approved, and is frozen. */
export const MINUTES_STATUSES = ['queued', 'rendering', 'rendered', 'failed', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** A paragraph of the secretariat's text; a private one is left out of the public copy. */
export interface DraftPassage {
  text: string;
  private: boolean;
}

/** A member's dissent, recorded at their request under an item. */
export interface DraftDissent {
  membershipId: string;
  text: string;
  private: boolean;
}

export interface DraftItem {
  agendaItemId: string;
  summary: DraftPassage[];
  decisions: DraftPassage[];
  dissents: DraftDissent[];
}

export interface DraftAction {
  title: string;
  assignee: string;
  /** `YYYY-MM-DD`, or null. */
  dueDate: string | null;
  private: boolean;
}

/** What the secretariat writes of a meeting's minutes; the rest comes from the record. */
export interface MinutesDraftContent {
  language: MinutesLanguageCode;
  opening: DraftPassage[];
  items: DraftItem[];
  otherBusiness: DraftPassage[];
  actions: DraftAction[];
}

/** An empty draft in French: what a meeting's minutes start from. */
export function emptyMinutesDraft(): MinutesDraftContent {
  return { language: 'fr', opening: [], items: [], otherBusiness: [], actions: [] };
}

/** The draft's own content (none yet: the empty draft), without whatever a stored row carries besides. */
export function minutesDraftContentOf(draft: MinutesDraftContent | null): MinutesDraftContent {
  if (!draft) return emptyMinutesDraft();
  const { language, opening, items, otherBusiness, actions } = draft;
  return { language, opening, items, otherBusiness, actions };
}

/** Meeting states in which there is something to write minutes of. */
const HELD: readonly MeetingState[] = ['in_progress', 'closed'];

/**
 * Minutes are drafted and rendered for a meeting that has been held (or is being held), until one
 * version is approved: from then on they are frozen.
 */
export function assertMinutesOpen(meetingStatus: MeetingState, approvedVersion: number | null): void {
  if (!HELD.includes(meetingStatus)) {
    throw new RuleViolationError('minutes.meeting_not_held', { status: termOf('meeting_status', meetingStatus) });
  }
  if (approvedVersion !== null) {
    throw new ConflictError('minutes.frozen', { version: approvedVersion });
  }
}

/** Checks that a draft speaks only of the meeting's agenda items and of members sitting at it. */
export function checkMinutesDraft(
  draft: MinutesDraftContent,
  record: { agendaItemIds: ReadonlySet<string>; sittingMembershipIds: ReadonlySet<string> },
): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  draft.items.forEach((item, i) => {
    if (!record.agendaItemIds.has(item.agendaItemId)) {
      problems.push({ field: `items.${i}.agendaItemId`, code: 'minutes.item_not_on_agenda' });
    } else if (seen.has(item.agendaItemId)) {
      problems.push({ field: `items.${i}.agendaItemId`, code: 'minutes.item_twice' });
    }
    seen.add(item.agendaItemId);
    item.dissents.forEach((dissent, j) => {
      if (!record.sittingMembershipIds.has(dissent.membershipId)) {
        problems.push({ field: `items.${i}.dissents.${j}.membershipId`, code: 'minutes.dissent_not_sitting' });
      }
    });
  });
  if (problems.length) throw new ValidationError('minutes.draft_invalid', {}, problems);
}

export interface ApprovalFacts {
  versionStatus: MinutesStatus;
  minutesMeeting: { bodyId: string; startsAt: Date };
  approvingMeeting: { bodyId: string; startsAt: Date; status: MeetingState };
  /** The chair sitting at the approving meeting, who signs the minutes off. */
  chair: string | null;
}

/**
 * A rendered version is approved at a later meeting of the same body, while it sits (or once it
 * has), signed off by its chair (décret 2006-672: minutes adopted at the next meeting).
 */
export function assertMayApprove(facts: ApprovalFacts): void {
  const { versionStatus, minutesMeeting, approvingMeeting } = facts;
  if (versionStatus !== 'rendered') {
    throw new ConflictError('minutes.not_rendered', { status: versionStatus });
  }
  if (approvingMeeting.bodyId !== minutesMeeting.bodyId) {
    throw new RuleViolationError('minutes.approval_other_body', {}, ['meetingId']);
  }
  if (approvingMeeting.startsAt.getTime() <= minutesMeeting.startsAt.getTime()) {
    throw new RuleViolationError('minutes.approval_not_later', {}, ['meetingId']);
  }
  if (!HELD.includes(approvingMeeting.status)) {
    throw new RuleViolationError('minutes.approval_not_sitting', {}, ['meetingId']);
  }
  if (!facts.chair) throw new RuleViolationError('minutes.no_chair');
}

/** Who reads a version: staff all of them; sitting members rendered ones of their bodies; the direction approved ones. */
export function mayReadMinutes(reader: { role: Role; sitsOnBody: boolean }, status: MinutesStatus): boolean {
  switch (reader.role) {
    case 'admin':
    case 'secretariat':
      return true;
    case 'member':
      return reader.sitsOnBody && (status === 'rendered' || status === 'approved');
    case 'direction':
      return status === 'approved';
  }
}

/**
 * The bodies whose approved minutes a reader's list of minutes draws from: every body for the staff
 * and the direction, the bodies where a member sits today (none for a former member), as `mayReadMinutes`.
 */
export function approvedMinutesScope(reader: Pick<Reader, 'role' | 'sittingBodyIds'>): 'all' | readonly string[] {
  return reader.role === 'member' ? reader.sittingBodyIds : 'all';
}
