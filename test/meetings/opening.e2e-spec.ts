import { GRAM } from '@quorum/db';
import { aGramLikeBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

// The API's clock is set by each test: "today" is 26 November 2026, 10:00 in Paris.
const NOVEMBER_2026 = '2026-11-26T09:00:00Z';
// A Q1 2027 meeting: 11 March 2027 at 14:00 in Paris (13:00 UTC).
const MARCH_MEETING = '2027-03-11T14:00:00+01:00';

describe('a meeting opens on its day, and a past meeting is recorded only as a backfill', () => {
  let t: TestApp;
  let bodyId: string;
  beforeAll(async () => {
    t = await startTestApp();
    bodyId = (await aGramLikeBody(t)).id;
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  const counts = async () =>
    (
      await t.sql<{ meetings: number; audit: number }>(
        'SELECT (SELECT count(*)::int FROM meetings) AS meetings, (SELECT count(*)::int FROM audit_events) AS audit',
      )
    )[0];

  /** A meeting at `startsAt` with a published agenda, convened; created and convened in November 2026. */
  const aConvenedMeetingAt = async (startsAt: string, body = bodyId) => {
    t.clock.set(NOVEMBER_2026);
    const created = await t.admin.post(`/bodies/${body}/meetings`, { title: 'Séance du 1er trimestre', startsAt });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await t.admin.post(`/meetings/${id}/agenda/items`, { title: 'Avis', kind: 'decision' });
    expect((await t.admin.post(`/meetings/${id}/agenda/publish`, {})).status).toBe(201);
    expect((await t.admin.post(`/meetings/${id}/convene`, {})).status).toBe(200);
    return id;
  };
  const openAt = (instant: string, meetingId: string, body: object = {}) =>
    t.clock.at(instant, () => t.admin.post(`/meetings/${meetingId}/open`, body));

  it('refuses to open a Q1 2027 meeting in November 2026 with 422 naming startsAt, and leaves it convened', async () => {
    const id = await aConvenedMeetingAt(MARCH_MEETING);
    const before = await counts();
    const response = await openAt(NOVEMBER_2026, id);
    expect(response.status).toBe(422);
    expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(['startsAt']);
    expect((await t.admin.get(`/meetings/${id}`)).body.status).toBe('convened');
    expect(await counts()).toEqual(before);
  });

  it('refuses to open the evening before, and a minute before the two-hour margin', async () => {
    const id = await aConvenedMeetingAt(MARCH_MEETING);
    expect((await openAt('2027-03-10T20:00:00Z', id)).status).toBe(422);
    expect((await openAt('2027-03-11T10:59:00Z', id)).status).toBe(422);
  });

  it('opens two hours before the start on its day, and the meeting then closes', async () => {
    const id = await aConvenedMeetingAt(MARCH_MEETING);
    const open = await openAt('2027-03-11T11:00:00Z', id);
    expect(open.status).toBe(200);
    expect(open.body.status).toBe('in_progress');
    const close = await t.clock.at('2027-03-11T16:00:00Z', () => t.admin.post(`/meetings/${id}/close`, {}));
    expect(close.body.status).toBe('closed');
  });

  it("follows the body's openingMarginMinutes", async () => {
    const strict = await aGramLikeBody(t, { meetingSlot: { ...GRAM.meetingSlot, openingMarginMinutes: 30 } });
    const id = await aConvenedMeetingAt(MARCH_MEETING, strict.id);
    expect((await openAt('2027-03-11T12:00:00Z', id)).status).toBe(422);
    expect((await openAt('2027-03-11T12:30:00Z', id)).status).toBe(200);
  });

  it('refuses to create a meeting 30 days in the past with 422 naming startsAt, storing nothing', async () => {
    t.clock.set(NOVEMBER_2026);
    const before = await counts();
    const response = await t.admin.post(`/bodies/${bodyId}/meetings`, {
      title: 'Séance oubliée',
      startsAt: '2026-10-27T14:00:00+01:00',
    });
    expect(response.status).toBe(422);
    expect(response.body.details).toEqual([
      expect.objectContaining({
        field: 'startsAt',
        code: 'meeting.day_passed',
        message: expect.stringContaining('(2026-10-27)'),
      }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a backfill without a reason with 400 naming backfillReason', async () => {
    t.clock.set(NOVEMBER_2026);
    const response = await t.admin.post(`/bodies/${bodyId}/meetings`, {
      title: 'Séance oubliée',
      startsAt: '2026-10-27T14:00:00+01:00',
      backfill: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'backfillReason', code: 'meeting.backfill_reason_required' }),
    ]);
  });

  it('records a past meeting as an explicit backfill, from creation to close, each step audited as meeting.backfill', async () => {
    t.clock.set(NOVEMBER_2026);
    const backfill = { backfill: true, backfillReason: 'Séance tenue avant la mise en service de Quorum' };
    const created = await t.admin.post(`/bodies/${bodyId}/meetings`, {
      title: 'Séance du 27 octobre',
      startsAt: '2026-10-27T14:00:00+01:00',
      ...backfill,
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await t.admin.post(`/meetings/${id}/agenda/items`, { title: 'Avis', kind: 'decision' });
    await t.admin.post(`/meetings/${id}/agenda/publish`, {});
    expect((await t.admin.post(`/meetings/${id}/convene`, {})).status).toBe(422);
    expect((await t.admin.post(`/meetings/${id}/convene`, backfill)).status).toBe(200);
    expect((await t.admin.post(`/meetings/${id}/open`, {})).status).toBe(422);
    expect((await t.admin.post(`/meetings/${id}/open`, backfill)).body.status).toBe('in_progress');
    expect((await t.admin.post(`/meetings/${id}/close`, {})).body.status).toBe('closed');

    const events = await t.sql<{ step: string; reason: string }>(
      `SELECT after->>'step' AS step, after->>'reason' AS reason FROM audit_events
       WHERE action = 'meeting.backfill' AND entity_id = $1 ORDER BY seq`,
      [id],
    );
    expect(events).toEqual(['create', 'convene', 'open'].map((step) => ({ step, reason: backfill.backfillReason })));
  });

  it('refuses to move a meeting into the past with 422 naming startsAt', async () => {
    const id = await aConvenedMeetingAt(MARCH_MEETING);
    const response = await t.admin.patch(`/meetings/${id}`, { startsAt: '2026-11-01T14:00:00+01:00' });
    expect(response.status).toBe(422);
    expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(['startsAt']);
    expect(new Date((await t.admin.get(`/meetings/${id}`)).body.startsAt)).toEqual(new Date(MARCH_MEETING));
  });
});
