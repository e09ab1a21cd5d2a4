import type { OutboxMessage } from '@quorum/db';
import {
  MeetingEventPayload,
  MINUTES_JOBS,
  notificationEventKey,
  NotificationEventPayload,
  MinutesRenderPayload,
  DeliverPayload,
  NOTIFICATION_JOBS,
  QUEUES,
} from './queues';

/** The outbox message that renders a queued minutes version. */
export function minutesRenderMessage(minutesVersionId: string): OutboxMessage {
  const payload: MinutesRenderPayload = { minutesVersionId };
  return { queue: QUEUES.minutes, name: MINUTES_JOBS.render, jobId: minutesVersionId, payload: { ...payload } };
}

/** The outbox message that renders the approved and public copies of an approved version. */
export function minutesApprovedMessage(minutesVersionId: string): OutboxMessage {
  const payload: MinutesRenderPayload = { minutesVersionId };
  return {
    queue: QUEUES.minutes,
    name: MINUTES_JOBS.renderApproved,
    jobId: `${minutesVersionId}-approved`,
    payload: { ...payload },
  };
}

/** The outbox message that tells a meeting's members it was convened, moved or cancelled. */
export function meetingEventMessage(payload: MeetingEventPayload): OutboxMessage {
  return {
    queue: QUEUES.notifications,
    name: NOTIFICATION_JOBS.meetingEvent,
    // One event per meeting × kind × SEQUENCE: written twice, it still makes one job.
    jobId: `${payload.event}.${payload.meetingId}.${payload.sequence}`,
    payload: { ...payload },
  };
}

/** The outbox message of any other notification event (agenda, proxy, minutes, recommendation). */
export function notificationEventMessage(payload: NotificationEventPayload): OutboxMessage {
  return {
    queue: QUEUES.notifications,
    name: NOTIFICATION_JOBS.event,
    jobId: notificationEventKey(payload),
    payload: { ...payload },
  };
}

/**
 * The outbox message that sends a refused message again. Its job id names the attempt: the finished job
 * of the first delivery is kept a while under the row's id, and a job id already taken makes no job.
 */
export function deliverAgainMessage(notificationId: string, attempts: number): OutboxMessage {
  const payload: DeliverPayload = { notificationId };
  return {
    queue: QUEUES.notifications,
    name: NOTIFICATION_JOBS.deliver,
    jobId: `${notificationId}.again-${attempts}`,
    payload: { ...payload },
  };
}
