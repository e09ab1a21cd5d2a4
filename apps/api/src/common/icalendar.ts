import type { MeetingEntity } from '@quorum/db';
import { MeetingState, meetingUid, quorumNote } from '@quorum/domain';
import { createEvents, EventAttributes, EventStatus } from 'ics';

const EVENT_STATUS: Record<MeetingState, EventStatus> = {
  planned: 'TENTATIVE',
  convened: 'CONFIRMED',
  in_progress: 'CONFIRMED',
  closed: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

const STATUS_LABEL: Record<MeetingState, string> = {
  planned: 'Prévue (non encore convoquée)',
  convened: 'Convoquée',
  in_progress: 'En cours',
  closed: 'Close',
  cancelled: 'Annulée',
};

/** Meetings as an iCalendar document named `name`; users' personal feeds are built with it too. */
export function meetingsCalendar(name: string, meetings: MeetingEntity[], domain: string): string {
  const events = meetings.map((m) => toEvent(m, domain));
  const { error, value } = createEvents(events, { productId: 'quorum/meetings', method: 'PUBLISH', calName: name });
  if (error || value === null) throw error ?? new Error('The calendar could not be generated');
  return value;
}

function toEvent(meeting: MeetingEntity, domain: string): EventAttributes {
  const description = [
    `Statut : ${STATUS_LABEL[meeting.status]}`,
    meeting.urgentReason ? `Convocation en urgence : ${meeting.urgentReason}` : null,
    quorumNote(meeting.quorumRequired, 'fr'),
    meeting.cancelReason ? `Motif de l'annulation : ${meeting.cancelReason}` : null,
    meeting.videoUrl ? `Visioconférence : ${meeting.videoUrl}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
  return {
    uid: meetingUid(meeting.id, domain),
    sequence: meeting.sequence,
    title: meeting.title,
    description,
    start: meeting.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: meeting.durationMinutes },
    status: EVENT_STATUS[meeting.status],
    lastModified: meeting.updatedAt.getTime(),
    ...(meeting.location ? { location: meeting.location } : {}),
    ...(meeting.videoUrl ? { url: meeting.videoUrl } : {}),
  };
}
