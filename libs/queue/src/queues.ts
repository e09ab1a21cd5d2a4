import type { JobsOptions } from 'bullmq';

/** Queue names and the jobs each carries: declared once, imported by producers and processors. */
export const QUEUES = {
  minutes: 'minutes',
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
export const JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  minutes: {
    attempts: 4,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
};
