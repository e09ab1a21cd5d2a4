import { aGramLikeBody, aSittingMember, aUserWithRole } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';
import { minutesInEveryState } from './minutes-stack';

jest.setTimeout(120_000);

type Listed = { id: string; meetingId: string; meetingTitle: string; meetingStartsAt: string; pdf: string };
const nextLink = (link: string | null) => (link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : null);

describe('GET /minutes: the approved minutes across meetings, of the bodies the reader reads', () => {
  let t: TestApp;
  let member: HttpClient;
  let direction: HttpClient;
  let outsider: HttpClient;
  let ours: { older: string; newer: string; rendered: string[] };
  let theirs: string;
  let bodies: { ours: string; theirs: string };

  beforeAll(async () => {
    t = await startTestApp();
    const body = await aGramLikeBody(t);
    const other = await aGramLikeBody(t);
    bodies = { ours: body.id, theirs: other.id };
    const older = await minutesInEveryState(t, body.id, [45, 47]);
    const newer = await minutesInEveryState(t, body.id, [55, 57]);
    theirs = (await minutesInEveryState(t, other.id, [50, 52])).approvedMeetingId;
    ours = {
      older: older.approvedMeetingId,
      newer: newer.approvedMeetingId,
      rendered: [older.renderedMeetingId, newer.renderedMeetingId],
    };
    member = (await aUserWithRole(t, 'member', (await aSittingMember(t, body.id, 'association')).personId)).http;
    direction = (await aUserWithRole(t, 'direction')).http;
    outsider = (await aUserWithRole(t, 'member')).http;
  });
  afterAll(() => t.close());

  it('shows a member the approved minutes of their body only, the latest meeting first, never a rendered draft', async () => {
    const response = await member.get('/minutes');
    expect(response.status).toBe(200);
    const listed = response.body as Listed[];
    expect(listed.map((m) => m.meetingId)).toEqual([ours.newer, ours.older]);
    const meeting = (await member.get(`/meetings/${ours.newer}`)).body;
    expect(listed[0]).toMatchObject({
      version: 1,
      meetingTitle: meeting.title,
      meetingStartsAt: meeting.startsAt,
      pdf: `/meetings/${ours.newer}/minutes/1/pdf`,
    });
    expect(listed.some((m) => ours.rendered.includes(m.meetingId) || m.meetingId === theirs)).toBe(false);
  });

  it('gives the member the approved PDF at the address listed', async () => {
    const [first] = (await member.get('/minutes')).body as Listed[];
    const pdf = await member.get(first.pdf);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });

  it('shows the direction the approved minutes of every body', async () => {
    const listed = (await direction.get('/minutes')).body as Listed[];
    expect(listed.map((m) => m.meetingId)).toEqual([ours.newer, theirs, ours.older]);
  });

  it('narrows the list to one body with bodyId; a body the reader does not read gives nothing; a bad id is a 400', async () => {
    const one = (await direction.get(`/minutes?bodyId=${bodies.theirs}`)).body as Listed[];
    expect(one.map((m) => m.meetingId)).toEqual([theirs]);
    const own = (await member.get(`/minutes?bodyId=${bodies.ours}`)).body as Listed[];
    expect(own.map((m) => m.meetingId)).toEqual([ours.newer, ours.older]);
    const notTheirs = await member.get(`/minutes?bodyId=${bodies.theirs}`);
    expect(notTheirs.status).toBe(200);
    expect(notTheirs.body).toEqual([]);
    const bad = await member.get('/minutes?bodyId=gram');
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'bodyId', code: 'validation.is_uuid' })]);
  });

  it('shows a member who sits on no body nothing, and refuses an anonymous caller with 401', async () => {
    const none = await outsider.get('/minutes');
    expect(none.status).toBe(200);
    expect(none.body).toEqual([]);
    expect((await t.http.get('/minutes')).status).toBe(401);
  });

  it('pages with limit and offset, the next page in a Link header until the last', async () => {
    const first = await direction.get('/minutes?limit=2');
    expect((first.body as Listed[]).map((m) => m.meetingId)).toEqual([ours.newer, theirs]);
    expect(nextLink(first.headers.get('link'))).toBe(`${t.config.mail.publicUrl}/minutes?limit=2&offset=2`);
    const last = await direction.get(nextLink(first.headers.get('link'))!);
    expect((last.body as Listed[]).map((m) => m.meetingId)).toEqual([ours.older]);
    expect(last.headers.get('link')).toBeNull();
  });

  it('refuses a limit out of range with 400 naming the field', async () => {
    const response = await member.get('/minutes?limit=0');
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ field: 'limit' })]);
  });
});
