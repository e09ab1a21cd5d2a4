import Holidays from 'date-holidays';
import { aMeeting, aUserWithRole, daysFromNow, theGramBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';
import { BEFORE_2027 } from '../harness/today';

const frenchPublicHolidays = (year: number) =>
  new Set(
    new Holidays('FR')
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10)),
  );
const parisDate = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

describe('planning meetings', () => {
  let t: TestApp;
  let gram: { id: string };
  beforeAll(async () => {
    t = await startTestApp();
    gram = await theGramBody(t);
  });
  afterAll(() => t.close());

  it('schedules 2027 twice and gets exactly four meetings, one per quarter, none on a French public holiday', async () => {
    const first = await t.clock.at(BEFORE_2027, () =>
      t.admin.post(`/bodies/${gram.id}/meetings/schedule`, { year: 2027 }),
    );
    expect(first.status).toBe(200);
    expect(first.body.created).toBe(4);
    const again = await t.clock.at(BEFORE_2027, () =>
      t.admin.post(`/bodies/${gram.id}/meetings/schedule`, { year: 2027 }),
    );
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(0);
    expect(again.body.meetings).toEqual(first.body.meetings);

    const meetings = (await t.admin.get(`/bodies/${gram.id}/meetings?year=2027`)).body;
    expect(meetings).toHaveLength(4);
    expect(meetings.map((m: { quarter: string }) => m.quarter)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
    const holidays = frenchPublicHolidays(2027);
    for (const meeting of meetings) {
      expect(holidays.has(parisDate(meeting.startsAt))).toBe(false);
      expect(meeting).toMatchObject({
        kind: 'ordinary',
        status: 'planned',
        durationMinutes: 180,
        quorumRequired: true,
      });
    }
    // GRAM's slot: the second Thursday of the quarter's last month, 14:00 in Paris.
    expect(meetings.map((m: { startsAt: string }) => m.startsAt)).toEqual([
      '2027-03-11T14:00:00.000+01:00',
      '2027-06-10T14:00:00.000+02:00',
      '2027-09-09T14:00:00.000+02:00',
      '2027-12-09T14:00:00.000+01:00',
    ]);
    const audit = (await t.sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'meeting.schedule'`))[0];
    expect(audit.n).toBe(4);
  });

  it('plans only the quarters still ahead when half the year has passed, and names the past ones', async () => {
    const body = await t.admin.post('/bodies', {
      slug: 'comite-en-cours-d-annee',
      name: 'Comité créé en cours d’année',
      categories: [{ code: 'member', label: 'Membres', seats: 6 }],
    });
    expect(body.status).toBe(201);
    const midYear = await t.clock.at('2033-07-01T08:00:00Z', () =>
      t.admin.post(`/bodies/${body.body.id}/meetings/schedule`, { year: 2033 }),
    );
    expect(midYear.status).toBe(200);
    expect(midYear.body).toMatchObject({ created: 2, pastQuarters: ['2033-Q1', '2033-Q2'] });
    expect(midYear.body.meetings.map((m: { quarter: string }) => m.quarter)).toEqual(['2033-Q3', '2033-Q4']);
    const pastYear = await t.admin.post(`/bodies/${body.body.id}/meetings/schedule`, { year: 2020 });
    expect(pastYear.body).toMatchObject({ created: 0, meetings: [] });
    expect(pastYear.body.pastQuarters).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4']);
  });

  it('schedules concurrently without ever doubling a quarter', async () => {
    const calls = await Promise.all(
      [1, 2, 3].map(() => t.admin.post(`/bodies/${gram.id}/meetings/schedule`, { year: 2031 })),
    );
    expect(calls.map((c) => c.status)).toEqual([200, 200, 200]);
    expect(calls.map((c) => c.body.created).sort()).toEqual([0, 0, 4]);
    expect((await t.admin.get(`/bodies/${gram.id}/meetings?year=2031`)).body).toHaveLength(4);
  });

  it("moves a meeting off a public holiday to the slot's weekday a week later (Ascension 2027)", async () => {
    const body = await t.admin.post('/bodies', {
      slug: 'comite-jeudi',
      name: 'Comité du premier jeudi',
      categories: [{ code: 'member', label: 'Membres', seats: 6 }],
      meetingSlot: {
        weekday: 4,
        weekOfMonth: 1,
        monthOfQuarter: 2,
        time: '10:00',
        durationMinutes: 120,
        location: 'Salle du conseil',
        videoUrl: 'https://visio.example.org/comite',
        timeZone: 'Europe/Paris',
      },
    });
    expect(body.status).toBe(201);
    const scheduled = await t.clock.at(BEFORE_2027, () =>
      t.admin.post(`/bodies/${body.body.id}/meetings/schedule`, { year: 2027 }),
    );
    expect(scheduled.body.meetings.map((m: { startsAt: string }) => parisDate(m.startsAt))).toEqual([
      '2027-02-04',
      '2027-05-13',
      '2027-08-05',
      '2027-11-04',
    ]);
    expect(scheduled.body.meetings[1]).toMatchObject({
      location: 'Salle du conseil',
      videoUrl: 'https://visio.example.org/comite',
    });
  });

  it("puts the approval of the previous meeting's minutes first on every new agenda but the body's first", async () => {
    const body = await t.admin.post('/bodies', {
      slug: 'comite-neuf',
      name: 'Comité neuf',
      categories: [{ code: 'member', label: 'Membres', seats: 6 }],
    });
    const { meetings } = (await t.admin.post(`/bodies/${body.body.id}/meetings/schedule`, { year: 2028 })).body;
    const agendas = await Promise.all(meetings.map((m: { id: string }) => t.admin.get(`/meetings/${m.id}/agenda`)));
    expect(agendas[0].body.items).toEqual([]);
    expect(agendas[1].body.items).toEqual([
      expect.objectContaining({
        position: 1,
        kind: 'decision',
        standard: 'minutes_approval',
        title: 'Approbation du compte rendu de la séance du 9 mars 2028',
      }),
    ]);
  });

  it('creates a single extraordinary meeting with the slot as defaults, and audits it', async () => {
    const created = await t.admin.post(`/bodies/${gram.id}/meetings`, {
      title: 'Séance extraordinaire',
      startsAt: '2027-10-05T09:30:00+02:00',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'extraordinary',
      quarter: '2027-Q4',
      startsAt: '2027-10-05T09:30:00.000+02:00',
      durationMinutes: 180,
      location: 'Inserm, 101 rue de Tolbiac, 75013 Paris',
      status: 'planned',
      urgentReason: null,
      reconvenedFromId: null,
    });
    const audit = await t.admin.get(`/audit?entity=meeting:${created.body.id}`);
    // The audit keeps the meeting as stored (instants in UTC), not the HTTP response.
    expect(audit.body).toEqual([
      expect.objectContaining({
        action: 'meeting.create',
        after: expect.objectContaining({
          id: created.body.id,
          kind: 'extraordinary',
          status: 'planned',
          startsAt: new Date(created.body.startsAt).toISOString(),
          sequence: 0,
        }),
      }),
    ]);
    expect((await t.admin.get(`/meetings/${created.body.id}`)).body).toEqual(created.body);
  });

  it('refuses a second ordinary meeting in a quarter with 409 naming kind', async () => {
    const response = await t.admin.post(`/bodies/${gram.id}/meetings`, {
      title: 'Doublon',
      kind: 'ordinary',
      startsAt: '2027-02-01T14:00:00+01:00',
    });
    expect(response.status).toBe(409);
    expect(response.body.details).toEqual([expect.objectContaining({ field: 'kind', code: 'meeting.ordinary_taken' })]);
  });

  it('moves a planned meeting, recomputes its quarter and records before and after', async () => {
    const meeting = await aMeeting(t, gram.id, 60);
    const moved = await t.admin.patch(`/meetings/${meeting.id}`, {
      startsAt: '2029-01-15T10:00:00+01:00',
      location: 'Visioconférence',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ quarter: '2029-Q1', location: 'Visioconférence' });
    const audit = (await t.admin.get(`/audit?entity=meeting:${meeting.id}`)).body.at(-1);
    expect(audit).toMatchObject({
      action: 'meeting.update',
      before: { startsAt: new Date(meeting.startsAt).toISOString() },
    });
  });

  it.each([
    ['a start without an offset', { title: 'X', startsAt: '2027-10-05T09:30:00' }, 'startsAt'],
    ['an impossible date', { title: 'X', startsAt: '2027-02-30T09:30:00+01:00' }, 'startsAt'],
    ['an empty title', { title: '', startsAt: daysFromNow(10) }, 'title'],
    ['a video link that is not a URL', { title: 'X', startsAt: daysFromNow(10), videoUrl: 'salle 3' }, 'videoUrl'],
  ])('refuses %s with 400 naming the field, and stores nothing', async (_, payload, field) => {
    const before = (await t.sql('SELECT count(*)::int AS n FROM meetings'))[0].n;
    const response = await t.admin.post(`/bodies/${gram.id}/meetings`, payload);
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await t.sql('SELECT count(*)::int AS n FROM meetings'))[0].n).toBe(before);
  });

  it('refuses a null title on a move with 400, not a database error', async () => {
    const meeting = await aMeeting(t, gram.id);
    const response = await t.admin.patch(`/meetings/${meeting.id}`, { title: null });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ field: 'title', code: 'validation.not_null' })]);
  });

  it("refuses a body's meeting slot with an unknown time zone or a bad time, naming the nested fields", async () => {
    const response = await t.admin.patch(`/bodies/${gram.id}`, {
      meetingSlot: {
        weekday: 8,
        weekOfMonth: 5,
        monthOfQuarter: 2,
        time: '25:00',
        durationMinutes: 120,
        location: 'Salle',
        timeZone: 'Europe/Atlantis',
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'meetingSlot.time',
      'meetingSlot.timeZone',
      'meetingSlot.weekOfMonth',
      'meetingSlot.weekday',
    ]);
    expect((await t.admin.get(`/bodies/${gram.id}`)).body.meetingSlot.timeZone).toBe('Europe/Paris');
  });

  it('refuses a year out of range and an unknown body', async () => {
    expect((await t.admin.post(`/bodies/${gram.id}/meetings/schedule`, { year: 27 })).status).toBe(400);
    const missing = await t.admin.post('/bodies/00000000-0000-4000-8000-000000000000/meetings/schedule', {
      year: 2027,
    });
    expect(missing.status).toBe(404);
  });

  it('lets members read the planning but not change it', async () => {
    const member = await aUserWithRole(t, 'member');
    expect((await member.http.get(`/bodies/${gram.id}/meetings`)).status).toBe(200);
    expect((await member.http.post(`/bodies/${gram.id}/meetings/schedule`, { year: 2030 })).status).toBe(403);
  });
});
