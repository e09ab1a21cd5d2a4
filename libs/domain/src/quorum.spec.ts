import fc from 'fast-check';
import { DEFAULT_QUORUM_RULE, QuorumRule } from './body';
import { GRAM_LIKE as GRAM } from './testing';
import { AttendanceRecord, ATTENDANCE_STATUSES, computeQuorum, pollMayOpen, QuorumMember } from './quorum';

/** GRAM fully sat: a1…a10, r1…r5, d1…d5. */
const GRAM_SITTING: QuorumMember[] = [
  ...Array.from({ length: 10 }, (_, i) => ({ membershipId: `a${i + 1}`, category: 'association' })),
  ...Array.from({ length: 5 }, (_, i) => ({ membershipId: `r${i + 1}`, category: 'researcher' })),
  ...Array.from({ length: 5 }, (_, i) => ({ membershipId: `d${i + 1}`, category: 'administration' })),
];
const ids = GRAM_SITTING.map((m) => m.membershipId);
const present = (...who: string[]): AttendanceRecord[] =>
  who.map((membershipId) => ({ membershipId, status: 'present', proxyHolderMembershipId: null }));
const proxy = (giver: string, holder: string): AttendanceRecord => ({
  membershipId: giver,
  status: 'excused',
  proxyHolderMembershipId: holder,
});
const quorumOf = (attendance: AttendanceRecord[], rule: QuorumRule = DEFAULT_QUORUM_RULE, sitting = GRAM_SITTING) =>
  computeQuorum({ rule, categories: GRAM.categories, sitting, attendance });

describe('quorum', () => {
  it('is met by 12 present and 3 represented out of 20', () => {
    const q = quorumOf([...present(...ids.slice(0, 12)), proxy('d3', 'a1'), proxy('d4', 'a2'), proxy('d5', 'a3')]);
    expect(q).toMatchObject({ required: 10, present: 12, represented: 3, met: true, waived: false });
    expect(q.byCategory.administration).toEqual({
      seats: 5,
      sitting: 5,
      present: 0,
      represented: 3,
      minimum: 0,
      met: true,
    });
  });

  it.each([
    ['8 present and no proxies', present(...ids.slice(0, 8)), false],
    ['10 present: exactly half', present(...ids.slice(0, 10)), true],
    ['9 present and 1 represented', [...present(...ids.slice(0, 9)), proxy('d5', 'a1')], true],
    ['9 present and a proxy whose holder is absent', [...present(...ids.slice(0, 9)), proxy('d5', 'd4')], false],
    [
      '9 remote or present',
      [
        ...present(...ids.slice(0, 5)),
        ...ids.slice(5, 9).map((id) => ({ ...present(id)[0], status: 'remote' as const })),
      ],
      false,
    ],
  ])('with %s, met is %s', (_, attendance, met) => {
    expect(quorumOf(attendance).met).toBe(met);
  });

  it('counts against the sitting members, or against the seats when the rule says so', () => {
    const sitting = GRAM_SITTING.slice(0, 14);
    const attendance = present(...ids.slice(0, 7));
    expect(quorumOf(attendance, DEFAULT_QUORUM_RULE, sitting)).toMatchObject({ required: 7, met: true });
    expect(quorumOf(attendance, { ...DEFAULT_QUORUM_RULE, base: 'seats' }, sitting)).toMatchObject({
      required: 10,
      met: false,
    });
  });

  it('leaves proxies out of the count when the rule does not count them, yet still reports them', () => {
    const q = quorumOf([...present(...ids.slice(0, 9)), proxy('d5', 'a1')], {
      ...DEFAULT_QUORUM_RULE,
      countProxies: false,
    });
    expect(q).toMatchObject({ present: 9, represented: 1, met: false });
  });

  it('is not met when a category falls short of its minimum', () => {
    const q = quorumOf(present(...ids.slice(0, 15)), {
      ...DEFAULT_QUORUM_RULE,
      minimumPerCategory: { administration: 1 },
    });
    expect(q.met).toBe(false);
    expect(q.byCategory.administration).toMatchObject({ present: 0, minimum: 1, met: false });
  });

  it('ignores attendance recorded for a mandate that is not sitting', () => {
    expect(quorumOf(present('ghost', 'a1')).present).toBe(1);
  });

  it('is waived for a reconvened meeting: met with anyone', () => {
    const q = computeQuorum({
      rule: DEFAULT_QUORUM_RULE,
      categories: GRAM.categories,
      sitting: GRAM_SITTING,
      attendance: present('a1'),
      quorumRequired: false,
    });
    expect(q).toMatchObject({ required: 0, present: 1, met: true, waived: true });
  });

  const anyAttendance = fc
    .array(
      fc.record({
        who: fc.integer({ min: 0, max: 19 }),
        status: fc.constantFrom(...ATTENDANCE_STATUSES),
        holder: fc.option(fc.integer({ min: 0, max: 19 }), { nil: null }),
      }),
      { maxLength: 30 },
    )
    .map((rows) => {
      const byId = new Map<string, AttendanceRecord>();
      for (const r of rows) {
        const holder = r.status === 'excused' && r.holder !== null ? ids[r.holder] : null;
        byId.set(ids[r.who], { membershipId: ids[r.who], status: r.status, proxyHolderMembershipId: holder });
      }
      return [...byId.values()];
    });

  it('never counts more present and represented members than sit, overall or per category', () => {
    fc.assert(
      fc.property(anyAttendance, fc.boolean(), (attendance, countProxies) => {
        const q = quorumOf(attendance, { ...DEFAULT_QUORUM_RULE, countProxies });
        expect(q.present + q.represented).toBeLessThanOrEqual(GRAM_SITTING.length);
        for (const c of Object.values(q.byCategory)) expect(c.present + c.represented).toBeLessThanOrEqual(c.sitting);
        expect(Object.values(q.byCategory).reduce((s, c) => s + c.present, 0)).toBe(q.present);
      }),
    );
  });

  it('never loses quorum when one more member turns up', () => {
    fc.assert(
      fc.property(anyAttendance, fc.integer({ min: 0, max: 19 }), (attendance, who) => {
        const id = ids[who];
        if (attendance.some((a) => a.proxyHolderMembershipId === id)) return;
        const before = quorumOf(attendance);
        const after = quorumOf([...attendance.filter((a) => a.membershipId !== id), ...present(id)]);
        if (before.met) expect(after.met).toBe(true);
      }),
    );
  });
});

describe('whether a poll may open', () => {
  const met = quorumOf(present(...ids.slice(0, 12)));
  const notMet = quorumOf(present(...ids.slice(0, 8)));

  it('allows a poll in a meeting in session with its quorum', () => {
    expect(pollMayOpen({ status: 'in_progress' }, met)).toEqual({ allowed: true });
  });

  it('refuses a poll without quorum and says the count', () => {
    expect(pollMayOpen({ status: 'in_progress' }, notMet)).toEqual({
      allowed: false,
      code: 'poll.no_quorum',
      params: { present: 8, represented: 0, required: 10 },
    });
  });

  it('refuses a poll in a meeting that is not in session', () => {
    expect(pollMayOpen({ status: 'convened' }, met)).toMatchObject({ allowed: false });
  });
});
