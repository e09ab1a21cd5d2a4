import type { OutboxMessage } from '@quorum/db';
import { MINUTES_JOBS, MinutesRenderPayload, QUEUES } from './queues';

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
