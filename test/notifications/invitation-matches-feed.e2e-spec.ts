import { composeMessage, type MeetingInfo, type Notification } from '@quorum/notifications';
import { MARIE, ORGANIZER, PUBLIC_URL } from '@quorum/notifications/fixtures';
import ICAL from 'ical.js';
import { theGramBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';
import { BEFORE_2027 } from '../harness/today';

/** UID, SEQUENCE and METHOD of each VEVENT of an iCalendar text, by UID. */
function eventsOf(text: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  const method = vcalendar.getFirstPropertyValue('method');
  return new Map(
    vcalendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [
        event.uid,
        { method, sequence: event.sequence, start: event.startDate.toJSDate().toISOString() },
      ] as const;
    }),
  );
}

describe('e-mailed invitations and the calendar feed', () => {
  let t: TestApp;
  let meetings: { id: string }[];
  beforeAll(async () => {
    t = await startTestApp();
    const gram = await theGramBody(t);
    meetings = (
      await t.clock.at(BEFORE_2027, () => t.admin.post(`/bodies/${gram.id}/meetings/schedule`, { year: 2027 }))
    ).body.meetings;
  });
  afterAll(() => t.close());

  /** The meeting as the worker will load it: the API's fields and the stored SEQUENCE. */
  async function meetingInfo(id: string): Promise<MeetingInfo> {
    const meeting = (await t.admin.get(`/meetings/${id}`)).body;
    const [{ sequence }] = await t.sql<{ sequence: number }>('SELECT sequence FROM meetings WHERE id = $1', [id]);
    return {
      id,
      title: meeting.title,
      bodyName: 'GRAM',
      startsAt: meeting.startsAt,
      durationMinutes: meeting.durationMinutes,
      location: meeting.location,
      videoUrl: meeting.videoUrl,
      timeZone: 'Europe/Paris',
      sequence,
    };
  }

  it('give a moved meeting and a cancelled one the same UID and SEQUENCE as the feed', async () => {
    const [, moved, cancelled] = meetings;
    const previousStartsAt = (await t.admin.get(`/meetings/${moved.id}`)).body.startsAt;
    expect((await t.admin.patch(`/meetings/${moved.id}`, { startsAt: '2027-06-17T10:00:00+02:00' })).status).toBe(200);
    expect((await t.admin.post(`/meetings/${cancelled.id}/cancel`, { reason: 'Reportée' })).status).toBe(200);
    const feed = eventsOf((await t.admin.get(`/bodies/${(await theGramBody(t)).id}/calendar.ics`)).text);

    const notifications: Notification[] = [
      { kind: 'meeting_moved', meeting: await meetingInfo(moved.id), previousStartsAt, previousLocation: null },
      { kind: 'meeting_cancelled', meeting: await meetingInfo(cancelled.id), reason: 'Reportée' },
    ];
    for (const notification of notifications) {
      const calendar = composeMessage(notification, MARIE, { publicUrl: PUBLIC_URL, organizer: ORGANIZER }).calendar;
      const [[uid, invitation]] = [...eventsOf(calendar?.content ?? '')];
      expect(feed.get(uid)).toMatchObject({ sequence: invitation.sequence, start: invitation.start });
      expect(invitation.sequence).toBeGreaterThan(0);
      expect(invitation.method).toBe(notification.kind === 'meeting_cancelled' ? 'CANCEL' : 'REQUEST');
    }
  });
});
