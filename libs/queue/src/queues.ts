/** Queue names and the jobs each carries: declared once, imported by producers and processors. */
export const QUEUES = {
  minutes: 'minutes',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const MINUTES_JOBS = {
  render: 'render',
} as const;
export type MinutesJobName = (typeof MINUTES_JOBS)[keyof typeof MINUTES_JOBS];

/** Payload of `minutes/render`; the job id is the minutes version id, so a render is never doubled. */
export interface MinutesRenderPayload {
  minutesVersionId: string;
}
