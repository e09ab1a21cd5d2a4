import { meetingUid } from '@quorum/domain';
import { createEvents } from 'ics';
import { safeHref } from './content';
import type { PageLinks } from './format';
import type { Language, Mailbox, MeetingInfo, Recipient } from './notification';

/** REQUEST invites (first time or again, after a change); CANCEL takes the meeting off calendars. */
export type CalendarMethod = 'REQUEST' | 'CANCEL';

/** An iCalendar object to send along a message (nodemailer's `icalEvent`). */
export interface CalendarInvitation {
  method: CalendarMethod;
  filename: string;
  content: string;
}

/**
 * The meeting as an iTIP invitation (RFC 5546) for one attendee. UID and SEQUENCE are the feed's,
 * so a calendar app that has the meeting from either source updates one event.
 */
export function meetingInvitation(
  meeting: MeetingInfo,
  method: CalendarMethod,
  people: { organizer: Mailbox; attendee: Recipient },
  links: PageLinks,
  language: Language,
): CalendarInvitation {
  const page = links.meeting(meeting.id);
  const video = safeHref(meeting.videoUrl);
  const description = [
    language === 'fr' ? `Réunion : ${page}` : `Meeting: ${page}`,
    video ? (language === 'fr' ? `Visioconférence : ${video}` : `Video call: ${video}`) : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
  const { error, value } = createEvents(
    [
      {
        uid: meetingUid(meeting.id),
        sequence: meeting.sequence,
        title: meeting.title,
        description,
        start: Date.parse(meeting.startsAt),
        startInputType: 'utc',
        startOutputType: 'utc',
        duration: { minutes: meeting.durationMinutes },
        status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
        url: page,
        organizer: { name: people.organizer.name, email: people.organizer.email },
        attendees: [
          {
            name: people.attendee.name,
            email: people.attendee.email,
            role: 'REQ-PARTICIPANT',
            partstat: 'NEEDS-ACTION',
            rsvp: method === 'REQUEST',
          },
        ],
        ...(meeting.location ? { location: meeting.location } : video ? { location: video } : {}),
      },
    ],
    { productId: 'quorum/meetings', method },
  );
  if (error || value === null) throw error ?? new Error('The invitation could not be generated');
  return { method, filename: method === 'CANCEL' ? 'cancel.ics' : 'invitation.ics', content: value };
}
