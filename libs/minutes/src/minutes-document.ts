import type { AgendaItemKind, AttendanceStatus, Majority, MajorityRequirement, MembershipRole } from '@quorum/domain';

/**
 * Everything one version of the minutes shows, as plain JSON-serialisable data: the worker builds it
 * from the meeting record and the secretariat's draft, the renderer turns it into a PDF. Dates are
 * ISO 8601 strings; nothing here is read from a clock, so the same document renders to the same bytes.
 */
export const MINUTES_LANGUAGES = ['fr', 'en'] as const;
export type MinutesLanguage = (typeof MINUTES_LANGUAGES)[number];

export interface MinutesDocument {
  language: MinutesLanguage;
  /** The version number of these minutes (1, 2, …), printed in every footer. */
  version: number;
  /** SHA-256 (hex) of the draft data this version was rendered from, printed in every footer. */
  draftSha256: string;
  /** When the version was requested (ISO 8601); becomes the PDF's creation date. */
  renderedAt: string;
  body: MinutesBody;
  meeting: MinutesMeeting;
  attendance: MinutesAttendance;
  quorum: MinutesQuorum;
  /** Opening of the sitting, written by the secretariat. */
  opening: Passage[];
  /** Agenda items in their order. */
  items: MinutesItem[];
  /** "Other business", after the agenda. */
  otherBusiness: Passage[];
  actions: MinutesAction[];
  approval: MinutesApproval;
}

export interface MinutesBody {
  name: string;
  slug: string;
  /** Seat categories (colleges) in the body's order: attendance is listed in this order. */
  categories: { code: string; label: string }[];
}

export interface MinutesMeeting {
  title: string;
  /** E.g. `2027-Q1`. */
  quarter: string;
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  videoUrl: string | null;
  /** IANA time zone the dates are shown in, e.g. `Europe/Paris`. */
  timeZone: string;
  /** Reconvened on the same agenda after a lack of quorum: it deliberates without one. */
  reconvened: boolean;
}

export interface MinutesMember {
  fullName: string;
  organisation: string | null;
  /** A category code of the body. */
  category: string;
  role: MembershipRole;
  status: AttendanceStatus;
  /** For an excused member who gave a proxy: the holder's full name. */
  proxyHolder: string | null;
}

export interface MinutesGuest {
  fullName: string;
  organisation: string | null;
}

export interface MinutesAttendance {
  members: MinutesMember[];
  guests: MinutesGuest[];
}

export interface MinutesCategoryQuorum {
  sitting: number;
  present: number;
  represented: number;
  met: boolean;
}

export interface MinutesQuorum {
  /** Members sitting on the meeting's date. */
  sitting: number;
  required: number;
  present: number;
  represented: number;
  met: boolean;
  byCategory: Record<string, MinutesCategoryQuorum>;
}

/** A paragraph of text; a private one (a member's health details, say) is left out of the public copy. */
export interface Passage {
  text: string;
  private?: boolean;
}

export interface MinutesRecusal {
  fullName: string;
  reason: string;
}

export const POLL_OUTCOMES = ['adopted', 'rejected', 'no_quorum'] as const;
export type PollOutcome = (typeof POLL_OUTCOMES)[number];
export type BallotChoice = 'yes' | 'no' | 'abstain';

export interface PollResult {
  yes: number;
  no: number;
  abstain: number;
  cast: number;
  eligible: number;
  outcome: PollOutcome;
  /** The chair's casting vote broke a tie. */
  castingVote?: boolean;
  /** What the majority counted (votes expressed, or members sitting) and how many `yes` it needed. */
  counted: MajorityRequirement;
}

/** One named ballot of a roll-call poll. */
export interface RollCallBallot {
  fullName: string;
  choice: BallotChoice;
  /** Set when a proxy holder voted for an excused member: the represented member's name. */
  onBehalfOf: string | null;
}

interface PollBase {
  question: string;
  majority: Majority;
  result: PollResult;
}

/** Only a roll-call poll carries names: the type leaves no place for a secret choice. */
export type MinutesPoll =
  (PollBase & { method: 'roll_call'; ballots: RollCallBallot[] }) | (PollBase & { method: 'show_of_hands' | 'secret' });

export interface MinutesDissent {
  fullName: string;
  text: string;
  private?: boolean;
}

export interface MinutesItem {
  title: string;
  kind: AgendaItemKind;
  presenter: string | null;
  /** The secretariat's summary of the debate. */
  summary: Passage[];
  recusals: MinutesRecusal[];
  polls: MinutesPoll[];
  decisions: Passage[];
  /** Members' dissents, recorded at their request under the item. */
  dissents: MinutesDissent[];
}

export interface MinutesAction {
  title: string;
  assignee: string;
  /** `YYYY-MM-DD`, or null when none was set. */
  dueDate: string | null;
  private?: boolean;
}

export type MinutesApproval =
  | { status: 'draft' }
  | {
      status: 'approved';
      /** The later meeting that approved these minutes. */
      meetingTitle: string;
      approvedOn: string;
      chair: string;
      signedAt: string;
    };

export interface RenderOptions {
  /** Leave out every private passage, dissent and action (the copy published without login). */
  publicCopy?: boolean;
}

export interface RenderedMinutes {
  pdf: Buffer;
  pages: number;
  /** SHA-256 (hex) of `pdf`. */
  sha256: string;
}
