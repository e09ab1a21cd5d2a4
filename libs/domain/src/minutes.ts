import { ConflictError, FieldProblem, RuleViolationError, ValidationError } from './errors';
import type { MeetingState } from './meeting-state';
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
    throw new RuleViolationError(`Minutes are written for a meeting that has opened; this one is ${meetingStatus}`);
  }
  if (approvedVersion !== null) {
    throw new ConflictError(`Version ${approvedVersion} of these minutes is approved: the minutes are frozen`);
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
      problems.push({ field: `items[${i}].agendaItemId`, message: 'is not an item of this meeting’s agenda' });
    } else if (seen.has(item.agendaItemId)) {
      problems.push({ field: `items[${i}].agendaItemId`, message: 'appears twice' });
    }
    seen.add(item.agendaItemId);
    item.dissents.forEach((dissent, j) => {
      if (!record.sittingMembershipIds.has(dissent.membershipId)) {
        problems.push({ field: `items[${i}].dissents[${j}].membershipId`, message: 'is not a member sitting at it' });
      }
    });
  });
  if (problems.length) throw new ValidationError('The minutes draft names what the meeting does not have', problems);
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
    throw new ConflictError(`Only a rendered version can be approved; this one is ${versionStatus}`);
  }
  const field = (message: string) => [{ field: 'meetingId', message }];
  if (approvingMeeting.bodyId !== minutesMeeting.bodyId) {
    throw new RuleViolationError('Minutes are approved by a meeting of the same body', field('is another body’s'));
  }
  if (approvingMeeting.startsAt.getTime() <= minutesMeeting.startsAt.getTime()) {
    throw new RuleViolationError('Minutes are approved at a later meeting', field('is not later'));
  }
  if (!HELD.includes(approvingMeeting.status)) {
    throw new RuleViolationError('Minutes are approved while the later meeting sits', field('has not opened'));
  }
  if (!facts.chair) throw new RuleViolationError('The body has no chair to sign the minutes off');
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
