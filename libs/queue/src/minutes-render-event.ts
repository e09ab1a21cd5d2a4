import type { MinutesStatus } from '@quorum/domain';

/**
 * What the worker tells a meeting's live stream about a render: published on
 * `<prefix>:meeting-events`, which the API fans out to `GET /meetings/:meetingId/events`.
 */
export interface MinutesRenderEvent {
  type: 'minutes.render';
  meetingId: string;
  versionId: string;
  version: number;
  status: MinutesStatus;
  error: string | null;
}
