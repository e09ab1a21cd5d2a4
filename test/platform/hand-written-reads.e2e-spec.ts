import {
  AgendaItemEntity,
  AgendaVersionEntity,
  AttendanceEntity,
  BodyEntity,
  MeetingEntity,
  MembershipEntity,
  Repositories,
} from '@quorum/db';
import { DataSource, In } from 'typeorm';
import { aConvenedMeeting, aGramLikeBody, aSittingMember } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

/**
 * The hottest reads are hand-written statements (libs/db/src/repositories/rows.ts): they must give
 * exactly what TypeORM gives for the same rows, nulls, dates, JSON and all, or a response or an
 * audit snapshot would change without anyone noticing.
 */
describe('the hand-written reads of the hot paths', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let repos: Repositories;
  let bodyId: string;
  let meetingId: string;
  const mandates: string[] = [];
  const inTwoYears = new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10);
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

  beforeAll(async () => {
    t = await startTestApp();
    dataSource = t.app.get(DataSource);
    repos = new Repositories(dataSource.manager);
    bodyId = (await aGramLikeBody(t)).id;
    for (const category of ['association', 'association', 'researcher', 'administration']) {
      mandates.push((await aSittingMember(t, bodyId, category)).membershipId);
    }
    // A mandate that ends (a date, an end reason) and one that never sat on the meeting's day.
    const ended = await t.admin.patch(`/memberships/${mandates[3]}`, { endDate: inTwoYears, endReason: 'Démission' });
    expect(ended.status).toBe(200);
    mandates.push((await aSittingMember(t, bodyId, 'researcher', { startDate: '2099-01-01' })).membershipId);
    const meeting = await aConvenedMeeting(t, bodyId);
    meetingId = meeting.id;
    await t.admin.post(`/meetings/${meetingId}/agenda/items`, {
      title: 'Questions diverses',
      kind: 'information',
      presenter: 'La présidente',
      durationMinutes: 10,
      documents: [{ name: 'note.pdf', type: 'application/pdf', size: 1234, sha256: 'b'.repeat(64) }],
    });
    await t.admin.put(`/meetings/${meetingId}/attendance/${mandates[0]}`, { status: 'present' });
    await t.admin.put(`/meetings/${meetingId}/attendance/${mandates[1]}`, {
      status: 'excused',
      proxyHolderMembershipId: mandates[0],
    });
  });
  afterAll(() => t.close());

  it('reads a meeting and its body as TypeORM does', async () => {
    const { meeting, body } = await repos.meetings.withBody(meetingId);
    const stored = await dataSource.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
    expect(meeting).toBeInstanceOf(MeetingEntity);
    expect(meeting).toEqual(stored);
    expect(meeting.convenedAt).toBeInstanceOf(Date);
    expect(body).toEqual(await dataSource.getRepository(BodyEntity).findOneByOrFail({ id: bodyId }));
    expect(await repos.bodies.get(bodyId)).toEqual(body);
  });

  it('reads a page of a body’s meetings as TypeORM does, instants before 1970 and microseconds included', async () => {
    await t.sql(
      `INSERT INTO meetings (body_id, kind, title, quarter, starts_at, duration_minutes, status, closed_at)
       VALUES ($1, 'extraordinary', 'Séance de 1927', '1927-Q1', '1927-01-10 13:00:00.987654+00', 180, 'closed',
               '1927-01-10 16:00:00.000999+00')`,
      [bodyId],
    );
    const stored = await dataSource
      .getRepository(MeetingEntity)
      .find({ where: { bodyId }, order: { startsAt: 'ASC', id: 'ASC' } });
    const read = await repos.meetings.ofBody(bodyId, {}, { limit: 50, offset: 0 });
    expect(read).toEqual(stored);
    expect(read[0].startsAt.toISOString()).toBe('1927-01-10T13:00:00.987Z');
    expect(read[0].closedAt?.toISOString()).toBe('1927-01-10T16:00:00.000Z');
  });

  it('reads the mandates of those sitting, dates as text and people joined, as TypeORM does', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const read = await repos.memberships.heldBySittingOn(bodyId, today);
    const stored = await dataSource
      .getRepository(MembershipEntity)
      .find({ where: { id: In(mandates.slice(0, 4)) }, relations: { person: true } });
    expect(byId(read)).toEqual(byId(stored));
    expect(read.find((m) => m.id === mandates[3])).toMatchObject({ endDate: inTwoYears, endReason: 'Démission' });
  });

  it('reads the roll: the mandates sitting that day, and every attendance record as TypeORM does', async () => {
    const { meeting, body } = await repos.meetings.withBody(meetingId);
    const roll = await repos.attendance.roll(meeting, body);
    expect(roll.sitting.map((m) => m.membershipId).sort()).toEqual(mandates.slice(0, 4).sort());
    expect(byId(roll.attendance)).toEqual(byId(await dataSource.getRepository(AttendanceEntity).findBy({ meetingId })));
  });

  it('reads the working agenda and its latest published version as TypeORM does', async () => {
    const agenda = await repos.agenda.working(meetingId);
    const items = await dataSource
      .getRepository(AgendaItemEntity)
      .find({ where: { meetingId }, order: { position: 'ASC' } });
    expect(agenda?.items).toEqual(items.map(({ createdAt: _c, updatedAt: _u, ...item }) => item));
    const published = await dataSource
      .getRepository(AgendaVersionEntity)
      .findOneOrFail({ where: { meetingId }, order: { number: 'DESC' } });
    expect(agenda?.published).toEqual({ number: published.number, items: published.items });
    expect(await repos.agenda.working('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});
