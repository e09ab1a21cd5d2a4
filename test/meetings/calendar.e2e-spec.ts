import ICAL from 'ical.js';
import { aUserWithRole, theGramBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';
import { BEFORE_2027 } from '../harness/today';

/** The VEVENTs of a feed, read by a real iCalendar parser. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      location: event.location,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status'),
    };
  });
}

describe('the calendar feed', () => {
  let t: TestApp;
  let gram: { id: string };
  let meetings: { id: string; startsAt: string; title: string }[];
  beforeAll(async () => {
    t = await startTestApp();
    gram = await theGramBody(t);
    meetings = (
      await t.clock.at(BEFORE_2027, () => t.admin.post(`/bodies/${gram.id}/meetings/schedule`, { year: 2027 }))
    ).body.meetings;
  });
  afterAll(() => t.close());

  it('parses with a real iCalendar parser and lists the four meetings of the year', async () => {
    const member = await aUserWithRole(t, 'member');
    const response = await member.http.get(`/bodies/${gram.id}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(response.text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const events = parseEvents(response.text);
    expect(events).toHaveLength(4);
    expect(events.map((e) => e.uid)).toEqual(meetings.map((m) => `${m.id}@quorum`));
    expect(events.map((e) => e.start)).toEqual(meetings.map((m) => new Date(m.startsAt).toISOString()));
    expect(events[0]).toMatchObject({
      summary: 'Séance ordinaire du 1er trimestre 2027',
      end: '2027-03-11T16:00:00.000Z',
      location: 'Inserm, 101 rue de Tolbiac, 75013 Paris',
      status: 'TENTATIVE',
      sequence: 0,
    });
  });

  it('updates the event when a meeting moves or is cancelled: same UID, higher SEQUENCE', async () => {
    const [, second, third] = meetings;
    expect((await t.admin.patch(`/meetings/${second.id}`, { startsAt: '2027-06-17T10:00:00+02:00' })).status).toBe(200);
    expect((await t.admin.post(`/meetings/${third.id}/cancel`, { reason: 'Reportée' })).status).toBe(200);
    const events = parseEvents((await t.admin.get(`/bodies/${gram.id}/calendar.ics`)).text);
    expect(events).toHaveLength(4);
    expect(events.find((e) => e.uid === `${second.id}@quorum`)).toMatchObject({
      start: '2027-06-17T08:00:00.000Z',
      sequence: 1,
    });
    expect(events.find((e) => e.uid === `${third.id}@quorum`)).toMatchObject({ status: 'CANCELLED', sequence: 1 });
  });

  it('answers 404 for an unknown body in the error shape, not as a calendar', async () => {
    const response = await t.admin.get('/bodies/00000000-0000-4000-8000-000000000000/calendar.ics');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
