/**
 * What each notification says, as plain JSON-friendly data (dates as ISO strings), so that an outbox
 * row or a BullMQ job can carry it unchanged. Nothing here is read from a database.
 */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A named e-mail address. */
export interface Mailbox {
  name: string;
  email: string;
}

/** Who a message is for; their language decides the message's (French when unset). */
export interface Recipient extends Mailbox {
  language?: Language;
}

export interface MeetingInfo {
  id: string;
  title: string;
  bodyName: string;
  /** ISO 8601 instant. */
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
  /** The body's time zone (IANA), in which dates are written: `Europe/Paris` for GRAM. */
  timeZone: string;
  /** The meeting's iCalendar SEQUENCE, as the feed gives it. */
  sequence: number;
}

export interface DocumentLink {
  id: string;
  name: string;
}

export type AgendaItemKind = 'information' | 'discussion' | 'decision';

export interface AgendaItemInfo {
  title: string;
  kind: AgendaItemKind;
  presenter: string | null;
  durationMinutes: number | null;
  documents: DocumentLink[];
}

/** The meeting is convened: the first invitation, with the agenda. */
export interface Convocation {
  kind: 'convocation';
  meeting: MeetingInfo;
  agenda: AgendaItemInfo[];
  urgentReason: string | null;
}

/** A convened meeting moved (date, place or video link): the invitation is sent again. */
export interface MeetingMoved {
  kind: 'meeting_moved';
  meeting: MeetingInfo;
  previousStartsAt: string;
  previousLocation: string | null;
}

export interface MeetingCancelled {
  kind: 'meeting_cancelled';
  meeting: MeetingInfo;
  reason: string | null;
}

export interface AgendaRepublished {
  kind: 'agenda_republished';
  meeting: MeetingInfo;
  version: number;
  changeNote: string;
  added: string[];
  removed: string[];
  changed: string[];
}

/** Two days before the meeting. */
export interface MeetingReminder {
  kind: 'meeting_reminder';
  meeting: MeetingInfo;
  agenda: AgendaItemInfo[];
}

/** `giver` gave (or withdrew) their proxy to the recipient. */
export interface ProxyChanged {
  kind: 'proxy_given' | 'proxy_withdrawn';
  meeting: MeetingInfo;
  giver: string;
}

export interface MinutesAwaitingReview {
  kind: 'minutes_awaiting_review';
  meeting: MeetingInfo;
  version: number;
}

export interface MinutesPublished {
  kind: 'minutes_published';
  meeting: MeetingInfo;
  version: number;
  /** ISO date (YYYY-MM-DD) of the meeting that approved them. */
  approvedOn: string;
}

export type RecommendationAnswer = 'under_review' | 'accepted' | 'partially_accepted' | 'rejected' | 'implemented';

export interface RecommendationAnswered {
  kind: 'recommendation_answered';
  bodyName: string;
  recommendation: { id: string; title: string };
  status: RecommendationAnswer;
  response: string;
  owner: string | null;
  /** ISO date (YYYY-MM-DD). */
  dueDate: string | null;
}

export interface EndingMandate {
  personName: string;
  categoryLabel: string;
  /** ISO date (YYYY-MM-DD). */
  endDate: string;
  renewable: boolean;
}

/** Weekly digest for the secretariat: mandates ending within 90 days. */
export interface MandatesEnding {
  kind: 'mandates_ending';
  bodyId: string;
  bodyName: string;
  mandates: EndingMandate[];
}

export type Notification =
  | Convocation
  | MeetingMoved
  | MeetingCancelled
  | AgendaRepublished
  | MeetingReminder
  | ProxyChanged
  | MinutesAwaitingReview
  | MinutesPublished
  | RecommendationAnswered
  | MandatesEnding;

export type NotificationKind = Notification['kind'];

/** Always sent, whatever the recipient chose: the convocation and what changes or cancels it. */
export const ESSENTIAL_KINDS: readonly NotificationKind[] = ['convocation', 'meeting_moved', 'meeting_cancelled'];

/** Whether a recipient who opted out of non-essential messages still gets this one. */
export function isEssential(kind: NotificationKind): boolean {
  return ESSENTIAL_KINDS.includes(kind);
}
