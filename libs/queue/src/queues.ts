import type { JobsOptions } from 'bullmq';

/** Queue names and the jobs each carries: declared once, imported by producers and processors. */
export const QUEUES = {
  minutes: 'minutes',
  notifications: 'notifications',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const MINUTES_JOBS = {
  /** Renders a queued version of the minutes (job id: the version id). */
  render: 'render',
  /** Renders an approved version with its sign-off, and its public copy (job id: `<version id>-approved`). */
  renderApproved: 'render-approved',
} as const;
export type MinutesJobName = (typeof MINUTES_JOBS)[keyof typeof MINUTES_JOBS];

/** Payload of both minutes jobs; the job id derives from the version id, so a render is never doubled. */
export interface MinutesRenderPayload {
  minutesVersionId: string;
}

/**
 * How each queue's jobs retry: a render that fails (PostgreSQL away, a bug) is tried again with
 * exponential backoff before the version is marked failed. Finished jobs are kept a while, so that a
 * message relayed twice finds its job id taken and makes no second job.
 */
export const NOTIFICATION_JOBS = {
  /** A meeting event (convened, moved, cancelled): one notification row per recipient, then one delivery each. */
  meetingEvent: 'meeting-event',
  /** Sends one notification row (job id: the row's idempotency key). */
  deliver: 'deliver',
  /** Any other event (agenda republished, proxy, minutes, recommendation answered): rows, then deliveries. */
  event: 'event',
  /** The weekly digest of mandates ending within 90 days, to the secretariat (a job scheduler). */
  mandatesDigest: 'mandates-digest',
} as const;
export type NotificationJobName = (typeof NOTIFICATION_JOBS)[keyof typeof NOTIFICATION_JOBS];

export const MEETING_EVENTS = ['convocation', 'meeting_moved', 'meeting_cancelled', 'meeting_reminder'] as const;
export type MeetingEvent = (typeof MEETING_EVENTS)[number];

/**
 * A meeting event: the worker reads the meeting as it stands; `sequence` names the event (one per SEQUENCE).
 * A reminder is a delayed job queued with each convocation or move: when it fires for a SEQUENCE the
 * meeting has left (moved again, cancelled), it sends nothing, and the later event's reminder stands.
 */
export interface MeetingEventPayload {
  event: MeetingEvent;
  meetingId: string;
  sequence: number;
  /** For a move: where and when the meeting was before, as the recipients last heard. */
  previousStartsAt?: string;
  previousLocation?: string | null;
}

export interface DeliverPayload {
  notificationId: string;
}

/**
 * An event other than a meeting's own, written to the outbox in the transaction of the change. The worker
 * loads what the message says and who receives it; `notificationEventKey` names the event, once.
 */
export type NotificationEventPayload =
  /** A convened meeting's agenda published again (version ≥ 2): to the sitting members. */
  | { event: 'agenda_republished'; meetingId: string; version: number }
  /** An excused member gave, or took back, their proxy: to the holder. `eventId` is drawn per change. */
  | {
      event: 'proxy_given' | 'proxy_withdrawn';
      eventId: string;
      meetingId: string;
      giverMembershipId: string;
      holderMembershipId: string;
    }
  /** A version rendered (members review the draft before approval), or approved and published: to the members. */
  | { event: 'minutes_awaiting_review' | 'minutes_published'; minutesVersionId: string }
  /** The DG answered a recommendation (one step of its history): to the body's members. */
  | { event: 'recommendation_answered'; recommendationId: string; stepId: string };

/** The name of one event, unique: with the recipient it makes each notification's idempotency key. */
export function notificationEventKey(payload: NotificationEventPayload): string {
  switch (payload.event) {
    case 'agenda_republished':
      return `${payload.event}.${payload.meetingId}.${payload.version}`;
    case 'proxy_given':
    case 'proxy_withdrawn':
      return `${payload.event}.${payload.eventId}`;
    case 'minutes_awaiting_review':
    case 'minutes_published':
      return `${payload.event}.${payload.minutesVersionId}`;
    case 'recommendation_answered':
      return `${payload.event}.${payload.stepId}`;
  }
}

/** The digest for the week of `at` (ISO instant; the worker's clock when absent, as the scheduler sends it). */
export interface MandatesDigestPayload {
  at?: string;
}

/** Every Monday at 08:00, Paris time. */
export const MANDATES_DIGEST_SCHEDULE = { id: 'mandates-digest', pattern: '0 8 * * 1', tz: 'Europe/Paris' } as const;

export type NotificationPayload =
  MeetingEventPayload | DeliverPayload | NotificationEventPayload | MandatesDigestPayload;

export const JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  minutes: {
    attempts: 4,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  // A greylisting server asks to wait minutes: 8 tries from 5 s doubling span about 10 minutes.
  notifications: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
};
