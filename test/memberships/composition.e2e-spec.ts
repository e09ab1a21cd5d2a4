import { addDays, addYears, termEndDate } from '@quorum/domain';
import { today } from '../harness/today';
import { aGramLikeBody, aPerson, appoint, aUserWithRole, PersonFixture } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';

/**
 * One body's history, relative to today:
 * - Ana chairs for a first term that ended two years ago, and is in her renewed term;
 * - Bruno, a researcher, left early a year ago; Chloé succeeded him the day after;
 * - David, vice-chair for the administration, leaves in 30 days after a first term;
 * - Emma joins the associations in 60 days.
 */
describe('the composition of a body on a date', () => {
  let t: TestApp;
  let member: HttpClient;
  let bodyId: string;
  const now = today();
  const anaFirst = addYears(now, -6);
  const anaSecond = addDays(termEndDate(anaFirst, 4), 1);
  const brunoLeft = addYears(now, -1);
  const davidLeaves = addDays(now, 30);
  const emmaJoins = addDays(now, 60);
  const people = {} as Record<'ana' | 'bruno' | 'chloe' | 'david' | 'emma', PersonFixture>;

  beforeAll(async () => {
    t = await startTestApp();
    member = (await aUserWithRole(t, 'member')).http;
    bodyId = (await aGramLikeBody(t)).id;
    for (const name of ['ana', 'bruno', 'chloe', 'david', 'emma'] as const) people[name] = await aPerson(t);
    const appointments = [
      { personId: people.ana.id, category: 'association', role: 'chair' as const, startDate: anaFirst },
      { personId: people.ana.id, category: 'association', role: 'chair' as const, startDate: anaSecond },
      { personId: people.bruno.id, category: 'researcher', startDate: addYears(now, -3) },
      { personId: people.chloe.id, category: 'researcher', startDate: addDays(brunoLeft, 1) },
      {
        personId: people.david.id,
        category: 'administration',
        role: 'vice_chair' as const,
        startDate: addYears(now, -2),
        endDate: davidLeaves,
      },
      { personId: people.emma.id, category: 'association', startDate: emmaJoins },
    ];
    const ids: string[] = [];
    for (const appointment of appointments) {
      const response = await appoint(t, bodyId, appointment);
      if (response.status !== 201) throw new Error(response.text);
      ids.push(response.body.id);
    }
    const ended = await t.admin.patch(`/memberships/${ids[2]}`, { endDate: brunoLeft, endReason: 'Resigned' });
    if (ended.status !== 200) throw new Error(ended.text);
  });
  afterAll(() => t.close());

  const compositionOn = async (date?: string) => {
    const response = await member.get(`/bodies/${bodyId}/composition${date ? `?date=${date}` : ''}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const sitting = (composition: any) =>
    Object.fromEntries(
      composition.categories.map((c: any) => [c.code, c.members.map((m: { fullName: string }) => m.fullName)]),
    );

  it('shows who sat on a past date, in their term of then', async () => {
    const past = await compositionOn(addDays(addYears(now, -2), -180));
    expect(sitting(past)).toEqual({
      association: [people.ana.fullName],
      researcher: [people.bruno.fullName],
      administration: [],
    });
    expect(past).toMatchObject({ seats: 20, filled: 2, vacant: 18 });
    expect(past.chair).toMatchObject({ personId: people.ana.id, startDate: anaFirst, consecutiveTerm: 1 });
    expect(past.viceChair).toBeNull();
  });

  it('shows who sits today: per category seats, filled, vacant, members with organisation and term; the chair', async () => {
    const current = await compositionOn(now);
    expect(current.categories.map((c: any) => [c.code, c.seats, c.filled, c.vacant])).toEqual([
      ['association', 10, 1, 9],
      ['researcher', 5, 1, 4],
      ['administration', 5, 1, 4],
    ]);
    expect(current.chair).toEqual({
      membershipId: expect.any(String),
      personId: people.ana.id,
      fullName: people.ana.fullName,
      organisation: people.ana.organisation,
      category: 'association',
      role: 'chair',
      startDate: anaSecond,
      endDate: termEndDate(anaSecond, 4),
      consecutiveTerm: 2,
      mayBeRenewed: false,
    });
    expect(current.viceChair).toMatchObject({ personId: people.david.id, endDate: davidLeaves });
    expect(current.categories[1].members).toEqual([
      expect.objectContaining({ personId: people.chloe.id, consecutiveTerm: 1, mayBeRenewed: true }),
    ]);
  });

  it('lists the mandates ending within 90 days, and whether each member may be renewed', async () => {
    const current = await compositionOn(now);
    expect(current.endingSoon).toEqual([
      expect.objectContaining({ personId: people.david.id, endDate: davidLeaves, mayBeRenewed: true }),
    ]);
    const beforeAnaLeaves = await compositionOn(addDays(termEndDate(anaSecond, 4), -89));
    expect(beforeAnaLeaves.endingSoon).toEqual([
      expect.objectContaining({ personId: people.ana.id, consecutiveTerm: 2, mayBeRenewed: false }),
    ]);
  });

  it('on a future date, accounts for the mandates that will have ended and those that will have begun', async () => {
    const future = await compositionOn(addDays(now, 100));
    expect(sitting(future)).toEqual({
      association: [people.ana.fullName, people.emma.fullName],
      researcher: [people.chloe.fullName],
      administration: [],
    });
    expect(future.viceChair).toBeNull();
    expect(future.categories[2]).toMatchObject({ filled: 0, vacant: 5 });
    const afterAna = await compositionOn(addDays(termEndDate(anaSecond, 4), 1));
    expect(afterAna.chair).toBeNull();
  });

  it('takes today (Paris) when no date is given', async () => {
    const before = today();
    const composition = await compositionOn();
    expect([before, today()]).toContain(composition.date);
    expect(composition.bodyId).toBe(bodyId);
  });

  it('shows members no email address', async () => {
    const response = await member.get(`/bodies/${bodyId}/composition?date=${now}`);
    expect(response.text).not.toMatch(/@example\.org/);
  });

  it('refuses a date that is not a calendar day with 400 naming it, and an unknown body with 404', async () => {
    const bad = await member.get(`/bodies/${bodyId}/composition?date=2027-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'date', code: 'validation.is_iso_date' })]);
    const missing = await member.get('/bodies/00000000-0000-4000-8000-000000000000/composition');
    expect(missing.status).toBe(404);
  });
});
