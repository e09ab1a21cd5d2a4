import { addDays, addYears, termEndDate } from '@quorum/domain';
import { today } from '../harness/today';
import {
  aGramLikeBody,
  aPerson,
  appoint,
  Appointment,
  aUserWithRole,
  theGramBody,
  withMembers,
} from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';

describe('mandates', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let member: HttpClient;
  const now = today();
  const aYearAgo = addYears(now, -1);
  beforeAll(async () => {
    t = await startTestApp();
    secretariat = (await aUserWithRole(t, 'secretariat')).http;
    member = (await aUserWithRole(t, 'member')).http;
  });
  afterAll(() => t.close());

  /** Every mandate and audit event as stored: a refused request must leave both as they were. */
  const stored = async () => ({
    memberships: await t.sql(
      `SELECT id, person_id, category, role, start_date::text, end_date::text, end_reason FROM memberships ORDER BY id`,
    ),
    auditEvents: Number((await t.sql('SELECT count(*) AS n FROM audit_events'))[0].n),
  });

  const composition = async (bodyId: string, date = now) =>
    (await t.admin.get(`/bodies/${bodyId}/composition?date=${date}`)).body;

  describe('GRAM at 10/5/5', () => {
    let gramId: string;
    beforeAll(async () => {
      gramId = (await theGramBody(t)).id;
      await withMembers(t, gramId, 10, 'association', aYearAgo);
      await withMembers(t, gramId, 5, 'researcher', aYearAgo);
      await withMembers(t, gramId, 5, 'administration', aYearAgo);
    });

    it('seats 10 association members, 5 researchers and 5 administration staff, and has no vacancy', async () => {
      const seated = await composition(gramId);
      expect(seated).toMatchObject({ seats: 20, filled: 20, vacant: 0 });
      expect(seated.categories.map((c: any) => [c.code, c.seats, c.filled, c.vacant])).toEqual([
        ['association', 10, 10, 0],
        ['researcher', 5, 5, 0],
        ['administration', 5, 5, 0],
      ]);
    });

    it('refuses an 11th association member with 409 naming the full category, and changes nothing', async () => {
      const newcomer = await aPerson(t);
      const before = await stored();
      const eleventh = await appoint(
        t,
        gramId,
        { personId: newcomer.id, category: 'association', startDate: now },
        secretariat,
      );
      expect(eleventh.status).toBe(409);
      expect(eleventh.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        code: 'membership.refused',
        message: `Mandat refusé\u00a0: le collège association est complet\u00a0: ses 10 sièges sont tous pourvus le ${now}`,
        params: {},
        details: [
          {
            field: 'category',
            code: 'membership.category_full',
            message: `le collège association est complet\u00a0: ses 10 sièges sont tous pourvus le ${now}`,
            params: { category: 'association', seats: 10, date: now },
          },
        ],
      });
      expect(await stored()).toEqual(before);
    });

    it('ends a researcher mandate on a past date, which frees the seat from the day after for a successor', async () => {
      const researchers = (await t.admin.get(`/bodies/${gramId}/memberships?activeOn=${now}`)).body.filter(
        (m: { category: string }) => m.category === 'researcher',
      );
      expect(researchers).toHaveLength(5);
      const yesterday = addDays(now, -1);
      const ended = await secretariat.patch(`/memberships/${researchers[0].id}`, {
        endDate: yesterday,
        endReason: 'Left the laboratory',
      });
      expect(ended.status).toBe(200);
      expect(ended.body).toEqual({ ...researchers[0], endDate: yesterday, endReason: 'Left the laboratory' });

      const successor = await aPerson(t);
      const appointed = await appoint(t, gramId, { personId: successor.id, category: 'researcher', startDate: now });
      expect(appointed.status).toBe(201);
      expect(appointed.body).toEqual({
        id: expect.any(String),
        bodyId: gramId,
        personId: successor.id,
        fullName: successor.fullName,
        organisation: successor.organisation,
        category: 'researcher',
        role: 'member',
        startDate: now,
        endDate: termEndDate(now, 4),
        endReason: null,
      });
      const researchersToday = (await composition(gramId)).categories[1];
      expect(researchersToday).toMatchObject({ code: 'researcher', filled: 5, vacant: 0 });
      expect(researchersToday.members.map((m: { personId: string }) => m.personId)).toContain(successor.id);
      expect(researchersToday.members.map((m: { personId: string }) => m.personId)).not.toContain(
        researchers[0].personId,
      );

      const another = await appoint(t, gramId, {
        personId: (await aPerson(t)).id,
        category: 'researcher',
        startDate: now,
      });
      expect(another.status).toBe(409);
      expect(another.body.details).toEqual([
        expect.objectContaining({ field: 'category', code: 'membership.category_full' }),
      ]);
    });

    it('refuses to reduce a category below the mandates sitting from today on, or to remove it, with 409', async () => {
      const gram = await theGramBody(t);
      const fewer = gram.categories.map((c) => (c.code === 'researcher' ? { ...c, seats: 4 } : c));
      const reduced = await t.admin.patch(`/bodies/${gramId}`, { categories: fewer });
      expect(reduced.status).toBe(409);
      expect(reduced.body.details).toEqual([
        expect.objectContaining({ field: 'categories.1.seats', code: 'body.category_seats_too_few' }),
      ]);
      const removed = await t.admin.patch(`/bodies/${gramId}`, {
        categories: gram.categories.filter((c) => c.code !== 'administration'),
      });
      expect(removed.status).toBe(409);
      expect(removed.body.details).toEqual([
        expect.objectContaining({ field: 'categories', code: 'body.category_still_used' }),
      ]);
      const more = gram.categories.map((c) => (c.code === 'researcher' ? { ...c, seats: 6 } : c));
      expect((await t.admin.patch(`/bodies/${gramId}`, { categories: more })).status).toBe(200);
    });
  });

  it('appoints a researcher with an end date in the past, then a new one on the seat freed the day after', async () => {
    const body = await aGramLikeBody(t);
    const since = addYears(now, -2);
    await withMembers(t, body.id, 4, 'researcher', since);
    const leaver = await appoint(t, body.id, {
      personId: (await aPerson(t)).id,
      category: 'researcher',
      startDate: since,
      endDate: addDays(now, -10),
      endReason: 'Resigned',
    });
    expect(leaver.status).toBe(201);
    expect(leaver.body).toMatchObject({ endDate: addDays(now, -10), endReason: 'Resigned' });
    const successor = await appoint(t, body.id, {
      personId: (await aPerson(t)).id,
      category: 'researcher',
      startDate: addDays(now, -9),
    });
    expect(successor.status).toBe(201);
    expect((await composition(body.id, addDays(now, -10))).categories[1].members).toContainEqual(
      expect.objectContaining({ personId: leaver.body.personId }),
    );
    expect((await composition(body.id)).categories[1]).toMatchObject({ filled: 5, vacant: 0 });
  });

  describe('refusals leave the database unchanged', () => {
    let body: { id: string };
    let alice: string;
    let newcomer: string;
    beforeAll(async () => {
      body = await aGramLikeBody(t);
      alice = (await aPerson(t)).id;
      newcomer = (await aPerson(t)).id;
      const chair = await appoint(t, body.id, {
        personId: alice,
        category: 'association',
        role: 'chair',
        startDate: aYearAgo,
      });
      expect(chair.status).toBe(201);
    });

    const refuses = async (
      request: () => Promise<{ status: number; body: any }>,
      status: number,
      details: { field: string; code: string }[],
    ) => {
      const before = await stored();
      const response = await request();
      const problems = response.body.details.map(({ field, code }: { field: string; code: string }) => ({
        field,
        code,
      }));
      expect({ status: response.status, problems }).toEqual({ status, problems: details });
      expect(response.body.message).toEqual(expect.stringContaining(response.body.details[0].message));
      expect(await stored()).toEqual(before);
    };

    it('refuses an unknown category with 400 naming the field', async () => {
      await refuses(() => appoint(t, body.id, { personId: newcomer, category: 'nurse', startDate: now }), 400, [
        {
          field: 'category',
          code: 'membership.unknown_category',
        },
      ]);
    });

    it('refuses an end before the start with 400 naming endDate', async () => {
      await refuses(
        () =>
          appoint(t, body.id, {
            personId: newcomer,
            category: 'researcher',
            startDate: now,
            endDate: addDays(now, -1),
          }),
        400,
        [{ field: 'endDate', code: 'membership.end_before_start' }],
      );
    });

    it('refuses a mandate longer than the body term with 400 naming endDate', async () => {
      await refuses(
        () =>
          appoint(t, body.id, {
            personId: newcomer,
            category: 'researcher',
            startDate: now,
            endDate: addYears(now, 4),
          }),
        400,
        [{ field: 'endDate', code: 'membership.term_too_long' }],
      );
    });

    it('refuses a mandate overlapping one the person holds, even in another category, with 409', async () => {
      await refuses(() => appoint(t, body.id, { personId: alice, category: 'researcher', startDate: now }), 409, [
        {
          field: 'personId',
          code: 'membership.overlapping',
        },
      ]);
    });

    it('refuses a second chair while the first sits with 409', async () => {
      await refuses(
        () =>
          appoint(t, body.id, {
            personId: newcomer,
            category: 'researcher',
            role: 'chair',
            startDate: now,
          }),
        409,
        [
          {
            field: 'role',
            code: 'membership.office_held',
          },
        ],
      );
    });

    it('refuses a third consecutive term with 409, GRAM terms being renewable once', async () => {
      const bob = (await aPerson(t)).id;
      const first = addYears(now, -8);
      const second = addDays(termEndDate(first, 4), 1);
      for (const startDate of [first, second]) {
        expect((await appoint(t, body.id, { personId: bob, category: 'researcher', startDate })).status).toBe(201);
      }
      await refuses(
        () =>
          appoint(t, body.id, { personId: bob, category: 'researcher', startDate: addDays(termEndDate(second, 4), 1) }),
        409,
        [
          {
            field: 'startDate',
            code: 'membership.too_many_terms',
          },
        ],
      );
    });

    it('refuses a change that breaks a rule: an end before the start, a second chair', async () => {
      const carol = await appoint(t, body.id, {
        personId: (await aPerson(t)).id,
        category: 'researcher',
        startDate: now,
      });
      expect(carol.status).toBe(201);
      await refuses(() => secretariat.patch(`/memberships/${carol.body.id}`, { endDate: addDays(now, -1) }), 400, [
        { field: 'endDate', code: 'membership.end_before_start' },
      ]);
      await refuses(() => secretariat.patch(`/memberships/${carol.body.id}`, { role: 'chair' }), 409, [
        {
          field: 'role',
          code: 'membership.office_held',
        },
      ]);
      expect((await secretariat.patch(`/memberships/${carol.body.id}`, { role: 'vice_chair' })).status).toBe(200);
    });

    it.each([
      ['a date that is not a calendar day', { startDate: '2027-02-30' }, 'startDate'],
      ['a date with a time', { startDate: '2027-01-01T10:00:00Z' }, 'startDate'],
      ['a personId that is not a UUID', { personId: 'alice' }, 'personId'],
      ['a personId that names no person', { personId: '00000000-0000-4000-8000-000000000000' }, 'personId'],
      ['an unknown role', { role: 'treasurer' }, 'role'],
      ['an unknown field', { colour: 'blue' }, 'colour'],
    ])('refuses %s with 400 naming the field', async (_, overrides, field) => {
      const before = await stored();
      const response = await appoint(t, body.id, {
        personId: newcomer,
        category: 'researcher',
        startDate: now,
        ...(overrides as Partial<Appointment>),
      });
      expect(response.status).toBe(400);
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await stored()).toEqual(before);
    });
  });

  it('answers 404 for an unknown body or mandate, and 400 for an empty change', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const person = await aPerson(t);
    expect((await appoint(t, missing, { personId: person.id, category: 'researcher', startDate: now })).status).toBe(
      404,
    );
    expect((await t.admin.get(`/bodies/${missing}/memberships`)).status).toBe(404);
    expect((await t.admin.patch(`/memberships/${missing}`, { endDate: now })).status).toBe(404);
    const empty = await t.admin.patch(`/memberships/${missing}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.details).toEqual([
      expect.objectContaining({ field: 'body', code: 'validation.nothing_to_change_of' }),
    ]);
  });

  it('lists a body mandates, all of them or those active on a day', async () => {
    const body = await aGramLikeBody(t);
    const [past] = await withMembers(t, body.id, 1, 'association', addYears(now, -6));
    const [current] = await withMembers(t, body.id, 1, 'association', now);
    // Mandates are read by the members sitting on the body (and the staff).
    const sitting = (await aUserWithRole(t, 'member', current.personId)).http;
    const all = (await sitting.get(`/bodies/${body.id}/memberships`)).body;
    expect(all.map((m: { id: string }) => m.id)).toEqual([past.id, current.id]);
    const active = await sitting.get(`/bodies/${body.id}/memberships?activeOn=${now}`);
    expect(active.body.map((m: { id: string }) => m.id)).toEqual([current.id]);
    expect(JSON.stringify(active.body)).not.toMatch(/@example\.org/);
    const bad = await sitting.get(`/bodies/${body.id}/memberships?activeOn=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'activeOn', code: 'validation.is_iso_date' })]);
  });

  it('lets members read mandates but not appoint or change them (403)', async () => {
    const body = await aGramLikeBody(t);
    const [mandate] = await withMembers(t, body.id, 1, 'association', now);
    const person = await aPerson(t);
    const sitting = (await aUserWithRole(t, 'member', mandate.personId)).http;
    expect((await sitting.get(`/bodies/${body.id}/memberships`)).status).toBe(200);
    expect(
      (await appoint(t, body.id, { personId: person.id, category: 'researcher', startDate: now }, member)).status,
    ).toBe(403);
    expect((await member.patch(`/memberships/${mandate.id}`, { endDate: now })).status).toBe(403);
  });

  it('audits every appointment and change with the secretariat as actor, before and after', async () => {
    const body = await aGramLikeBody(t);
    const person = await aPerson(t);
    const appointed = await appoint(
      t,
      body.id,
      { personId: person.id, category: 'association', startDate: now },
      secretariat,
    );
    const ended = await secretariat.patch(`/memberships/${appointed.body.id}`, {
      endDate: addDays(now, 30),
      endReason: 'Moved abroad',
    });
    const events = (await t.admin.get(`/audit?entity=membership:${appointed.body.id}`)).body;
    const me = (await secretariat.get('/auth/me')).body;
    // The audit keeps the mandate as the domain sees it (no person's name copied in), not the HTTP response.
    const { fullName: _a, organisation: _b, ...mandate } = appointed.body;
    const { fullName: _c, organisation: _d, ...endedMandate } = ended.body;
    expect(events).toEqual([
      expect.objectContaining({ action: 'membership.create', actorId: me.id, before: null, after: mandate }),
      expect.objectContaining({
        action: 'membership.update',
        actorId: me.id,
        before: mandate,
        after: endedMandate,
      }),
    ]);
    expect((await t.admin.get('/audit/verify')).body.ok).toBe(true);
  });

  it('has the database itself refuse overlapping mandates of a person and periods that end before they start', async () => {
    const body = await aGramLikeBody(t);
    const [mandate] = await withMembers(t, body.id, 1, 'association', now);
    const insert = (startDate: string, endDate: string) =>
      t
        .sql(
          `INSERT INTO memberships (body_id, person_id, category, role, start_date, end_date)
           VALUES ($1, $2, 'researcher', 'member', $3, $4)`,
          [body.id, mandate.personId, startDate, endDate],
        )
        .then(
          () => 'stored',
          (error: { code: string }) => error.code,
        );
    expect(await insert(addDays(now, 1), addDays(now, 2))).toBe('23P01');
    expect(await insert(addYears(now, 10), addYears(now, 9))).toBe('23514');
  });
});
