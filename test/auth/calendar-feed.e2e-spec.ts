import ICAL from 'ical.js';
import { aGramLikeBody, aMeeting, aSittingMember, aUserWithRole } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';

// Every login hashes or verifies an argon2 password: generous limits, so a loaded machine is never a failure.
jest.setTimeout(120_000);

/** The summaries of a feed's events, read by a real iCalendar parser. */
function summariesOf(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent).summary)
    .sort();
}

describe('personal calendar feeds', () => {
  let t: TestApp;
  let ours: { id: string };
  let theirs: { id: string };
  let ourMeeting: { title: string };
  let theirMeeting: { title: string };
  let member: { http: HttpClient; id: string };
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://quorum.example.org/' });
    ours = await aGramLikeBody(t, { name: 'Comité A' });
    theirs = await aGramLikeBody(t, { name: 'Comité B' });
    ourMeeting = await aMeeting(t, ours.id, 20);
    theirMeeting = await aMeeting(t, theirs.id, 25);
    const { personId } = await aSittingMember(t, ours.id, 'association');
    member = await aUserWithRole(t, 'member', personId);
  });
  afterAll(() => t.close());

  /** The feed path (`/calendar/….ics`) of a client's feed URL. */
  const feedPath = async (client: HttpClient) => new URL((await client.get('/auth/calendar-feed')).body.url).pathname;

  it('gives each user a secret feed URL at the public address (never the Host a client sent), the same on every request, ready for webcal', async () => {
    const first = await member.http.request('GET', '/auth/calendar-feed', undefined, { host: 'attacker.example' });
    expect(first.status).toBe(200);
    expect(first.body.url).toMatch(/^https:\/\/quorum\.example\.org\/calendar\/[0-9a-f]{64}\.ics$/);
    expect(first.body.webcalUrl).toBe(first.body.url.replace('https://', 'webcal://'));
    expect((await member.http.get('/auth/calendar-feed')).body).toEqual(first.body);
  });

  it('serves a member, without a bearer token, the meetings of their bodies only', async () => {
    const feed = await t.http.get(await feedPath(member.http));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(summariesOf(feed.text)).toEqual([`Comité A — ${ourMeeting.title}`]);
  });

  it('keeps the bodies where a former member held a mandate', async () => {
    const { personId } = await aSittingMember(t, theirs.id, 'researcher', {
      startDate: '2020-01-01',
      endDate: '2023-12-31',
    });
    const former = await aUserWithRole(t, 'member', personId);
    const feed = await t.http.get(await feedPath(former.http));
    expect(summariesOf(feed.text)).toEqual([`Comité B — ${theirMeeting.title}`]);
  });

  it('serves the secretariat the meetings of every body', async () => {
    const secretariat = await aUserWithRole(t, 'secretariat');
    const summaries = summariesOf((await t.http.get(await feedPath(secretariat.http))).text);
    expect(summaries).toEqual(
      expect.arrayContaining([`Comité A — ${ourMeeting.title}`, `Comité B — ${theirMeeting.title}`]),
    );
  });

  it('rotates the secret: the old URL answers 404, the new one serves the feed; the rotation audited', async () => {
    const user = await aUserWithRole(t, 'direction');
    const old = await feedPath(user.http);
    const rotated = await user.http.post('/auth/calendar-feed/rotate');
    expect(rotated.status).toBe(200);
    const fresh = new URL(rotated.body.url).pathname;
    expect(fresh).not.toBe(old);
    expect((await t.http.get(old)).status).toBe(404);
    expect((await t.http.get(fresh)).status).toBe(200);
    const events = await t.sql(`SELECT action, after FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [user.id]);
    expect(events.map((e) => e.action)).toEqual(['user.create', 'user.calendar-feed.rotate']);
    expect(fresh).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    // The audit never holds a feed secret, old or new.
    expect(JSON.stringify(events)).not.toContain(fresh.slice(10, 53));
    expect(JSON.stringify(events)).not.toContain(old.slice(10, 74));
  });

  it.each([
    '/calendar/not-a-feed.ics',
    `/calendar/${'A'.repeat(43)}.ics`,
    `/calendar/${'0'.repeat(64)}.ics`,
    '/calendar/%00.ics',
  ])('answers an unknown feed (%s) with a 4xx and no calendar', async (path) => {
    const response = await t.http.get(path);
    expect([404, 400]).toContain(response.status);
    expect(response.text).not.toContain('BEGIN:VCALENDAR');
  });

  it('answers 404 on the feed of a disabled login', async () => {
    const { personId } = await aSittingMember(t, ours.id, 'researcher');
    const user = await aUserWithRole(t, 'member', personId);
    const path = await feedPath(user.http);
    expect((await t.http.get(path)).status).toBe(200);
    await t.admin.post(`/users/${user.id}/disable`);
    expect((await t.http.get(path)).status).toBe(404);
  });
});
