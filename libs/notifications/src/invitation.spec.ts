import { meetingUid } from '@quorum/domain';
import ICAL from 'ical.js';
import { composeMessage } from './compose';
import { aConvocation, aGramMeeting, JOHN, MARIE, ORGANIZER, PUBLIC_URL } from './fixtures';
import type { Notification } from './notification';

const options = { publicUrl: PUBLIC_URL, organizer: ORGANIZER };

/** The invitation of a message, read by a real iCalendar parser. */
function invitationOf(notification: Notification, recipient = MARIE) {
  const calendar = composeMessage(notification, recipient, options).calendar;
  if (!calendar) throw new Error('no invitation');
  const vcalendar = new ICAL.Component(ICAL.parse(calendar.content));
  const [vevent, ...others] = vcalendar.getAllSubcomponents('vevent');
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.method,
    others: others.length,
    header: vcalendar.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    status: vevent.getFirstPropertyValue('status'),
    location: event.location,
    organizer: vevent.getFirstProperty('organizer'),
    attendees: event.attendees,
  };
}

describe('meeting invitations', () => {
  it('invites to a convocation with METHOD:REQUEST, the feed’s UID and SEQUENCE, one VEVENT', () => {
    const invitation = invitationOf(aConvocation());
    expect(invitation).toMatchObject({
      method: 'REQUEST',
      header: 'REQUEST',
      others: 0,
      uid: meetingUid(aGramMeeting().id),
      sequence: 1,
      start: '2027-03-11T13:00:00.000Z',
      end: '2027-03-11T16:00:00.000Z',
      status: 'CONFIRMED',
      location: 'Inserm, 101 rue de Tolbiac, Paris 13e, salle 310',
    });
  });

  it('names the secretariat as ORGANIZER and the recipient as the one ATTENDEE asked to reply', () => {
    const invitation = invitationOf(aConvocation(), JOHN);
    expect(invitation.organizer?.getFirstValue()).toMatch(/^mailto:gram@quorum\.example\.org$/i);
    expect(invitation.organizer?.getParameter('cn')).toBe('Secrétariat du GRAM');
    expect(invitation.attendees).toHaveLength(1);
    const [attendee] = invitation.attendees;
    expect(attendee.getFirstValue()).toBe('mailto:john.smith@example.org');
    expect(attendee.getParameter('cn')).toBe('John Smith');
    expect(attendee.getParameter('rsvp')).toBe('TRUE');
    expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(attendee.getParameter('role')).toBe('REQ-PARTICIPANT');
  });

  it('sends a moved meeting as a REQUEST with the same UID and its higher SEQUENCE', () => {
    const moved: Notification = {
      kind: 'meeting_moved',
      meeting: aGramMeeting({ startsAt: '2027-03-18T13:00:00.000Z', sequence: 2 }),
      previousStartsAt: aGramMeeting().startsAt,
      previousLocation: aGramMeeting().location,
    };
    const first = invitationOf(aConvocation());
    const update = invitationOf(moved);
    expect(update).toMatchObject({ method: 'REQUEST', uid: first.uid, start: '2027-03-18T13:00:00.000Z' });
    expect(update.sequence).toBeGreaterThan(first.sequence);
  });

  it('takes a cancelled meeting off calendars with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const cancelled: Notification = { kind: 'meeting_cancelled', meeting: aGramMeeting({ sequence: 3 }), reason: null };
    expect(invitationOf(cancelled)).toMatchObject({
      method: 'CANCEL',
      header: 'CANCEL',
      uid: meetingUid(aGramMeeting().id),
      sequence: 3,
      status: 'CANCELLED',
    });
  });

  it('sends no invitation with messages that are not about the meeting’s date', () => {
    const reminder: Notification = { kind: 'meeting_reminder', meeting: aGramMeeting(), agenda: [] };
    expect(composeMessage(reminder, MARIE, options).calendar).toBeNull();
  });
});
