import { AgendaVersionEntity, BodyEntity, MeetingEntity } from '@quorum/db';
import type { AgendaItemInfo, MeetingInfo, Notification } from '@quorum/notifications';
import type { MeetingEventPayload } from '@quorum/queue';

/** What the messages say about the meeting, as it stands when the worker reads it. */
export function meetingInfoOf(meeting: MeetingEntity, body: BodyEntity): MeetingInfo {
  return {
    id: meeting.id,
    title: meeting.title,
    bodyName: body.name,
    startsAt: meeting.startsAt.toISOString(),
    durationMinutes: meeting.durationMinutes,
    location: meeting.location,
    videoUrl: meeting.videoUrl,
    timeZone: body.meetingSlot.timeZone,
    sequence: meeting.sequence,
  };
}

function agendaOf(version: AgendaVersionEntity | null): AgendaItemInfo[] {
  return (version?.items ?? []).map((item) => ({
    title: item.title,
    kind: item.kind,
    presenter: item.presenter,
    durationMinutes: item.durationMinutes,
    // An agenda snapshot keeps documents by content (no id yet): the hash stands in for it in links.
    documents: item.documents.map((d) => ({ id: d.sha256, name: d.name })),
  }));
}

/** The notification a meeting event calls for. */
export function meetingNotification(
  event: MeetingEventPayload,
  meeting: MeetingEntity,
  body: BodyEntity,
  agenda: AgendaVersionEntity | null,
): Notification {
  const info = meetingInfoOf(meeting, body);
  switch (event.event) {
    case 'convocation':
      return { kind: 'convocation', meeting: info, agenda: agendaOf(agenda), urgentReason: meeting.urgentReason };
    case 'meeting_moved':
      return {
        kind: 'meeting_moved',
        meeting: info,
        previousStartsAt: event.previousStartsAt ?? info.startsAt,
        previousLocation: event.previousLocation ?? null,
      };
    case 'meeting_cancelled':
      return { kind: 'meeting_cancelled', meeting: info, reason: meeting.cancelReason };
    case 'meeting_reminder':
      return { kind: 'meeting_reminder', meeting: info, agenda: agendaOf(agenda) };
  }
}

/** Two days before the meeting: when its reminder is due. */
export const REMINDER_LEAD_MS = 2 * 86_400_000;

/** Whether a reminder queued for `sequence` still speaks of the meeting as it is. */
export function reminderStillDue(meeting: MeetingEntity, sequence: number): boolean {
  return meeting.status === 'convened' && meeting.sequence === sequence;
}
