import fc from 'fast-check';
import { GRAM_LIKE as GRAM } from './testing';
import { addDays } from './dates';
import { localizeProblem, ValidationError } from './errors';
import {
  assertMandateAllowed,
  categoryChangeProblems,
  consecutiveTerms,
  isActiveOn,
  Mandate,
  mandateProblems,
  MandateRules,
  mayBeRenewed,
  peakOccupancy,
  termEndDate,
  withTermEnd,
} from './membership';

const rules: MandateRules = GRAM;

let nextPerson = 0;
/** A four-year member mandate from 2027-01-01, unless told otherwise. */
function mandate(overrides: Partial<Mandate> = {}): Mandate {
  nextPerson += 1;
  return {
    id: `m${nextPerson}`,
    personId: `p${nextPerson}`,
    category: 'researcher',
    role: 'member',
    startDate: '2027-01-01',
    endDate: '2030-12-31',
    ...overrides,
  };
}

const fiveResearchers = () => Array.from({ length: 5 }, () => mandate());

describe('mandate periods', () => {
  it.each([
    ['2026-12-31', false],
    ['2027-01-01', true],
    ['2030-12-31', true],
    ['2031-01-01', false],
  ])('a mandate from 2027-01-01 to 2030-12-31 is active on %s: %p', (date, expected) => {
    expect(isActiveOn(mandate(), date)).toBe(expected);
  });

  it('an open-ended mandate stays active', () => {
    expect(isActiveOn(mandate({ endDate: null }), '2099-01-01')).toBe(true);
  });

  it('a term ends the day before its anniversary, and a mandate without an end lasts one term', () => {
    expect(termEndDate('2027-01-01', 4)).toBe('2030-12-31');
    expect(termEndDate('2028-03-01', 4)).toBe('2032-02-29');
    expect(withTermEnd(mandate({ endDate: null }), 4).endDate).toBe('2030-12-31');
    expect(withTermEnd(mandate({ endDate: '2028-01-01' }), 4).endDate).toBe('2028-01-01');
  });

  it('the peak of a category is the busiest day of the period, first reached on its first day', () => {
    const mandates = [
      mandate({ startDate: '2027-01-01', endDate: '2027-06-30' }),
      mandate({ startDate: '2027-03-01', endDate: '2027-12-31' }),
      mandate({ startDate: '2027-07-01', endDate: '2027-12-31' }),
      mandate({ startDate: '2027-05-01', category: 'association' }),
    ];
    expect(peakOccupancy(mandates, 'researcher', '2026-01-01', null)).toEqual({ count: 2, on: '2027-03-01' });
    expect(peakOccupancy(mandates, 'researcher', '2027-01-01', '2027-02-28')).toEqual({ count: 1, on: '2027-01-01' });
    expect(peakOccupancy(mandates, 'administration', '2027-01-01', null)).toEqual({ count: 0, on: '2027-01-01' });
  });
});

describe('the rules of appointment', () => {
  it('accepts a fifth researcher', () => {
    const others = fiveResearchers().slice(1);
    expect(mandateProblems(mandate(), others, rules)).toEqual([]);
  });

  it.each<[string, () => [Mandate, Mandate[]], { kind: string; field: string; message: string }]>([
    [
      'a category the body lacks',
      () => [mandate({ category: 'nurse' }), []],
      {
        kind: 'invalid',
        field: 'category',
        message: 'category nurse is not a category of this body (association, researcher, administration)',
      },
    ],
    [
      'an end before the start',
      () => [mandate({ endDate: '2026-12-31' }), []],
      { kind: 'invalid', field: 'endDate', message: 'endDate must not be before startDate 2027-01-01' },
    ],
    [
      'a mandate longer than a term',
      () => [mandate({ endDate: '2031-01-01' }), []],
      { kind: 'invalid', field: 'endDate', message: 'endDate must be on or before 2030-12-31: a term lasts 4 years' },
    ],
    [
      'a sixth researcher',
      () => [mandate({ startDate: '2028-01-01', endDate: '2028-12-31' }), fiveResearchers()],
      {
        kind: 'conflict',
        field: 'category',
        message: 'category researcher is full: all its 5 seats are taken on 2028-01-01',
      },
    ],
    [
      'a sixth researcher who only overlaps the later of the others',
      () => [
        mandate({ startDate: '2026-01-01', endDate: '2027-06-30' }),
        [...fiveResearchers().slice(1), mandate({ startDate: '2027-03-01' })],
      ],
      {
        kind: 'conflict',
        field: 'category',
        message: 'category researcher is full: all its 5 seats are taken on 2027-03-01',
      },
    ],
    [
      'a mandate overlapping one the person holds in another category',
      () => [
        mandate({ personId: 'alice' }),
        [mandate({ personId: 'alice', category: 'association', startDate: '2026-01-01', endDate: '2027-01-01' })],
      ],
      {
        kind: 'conflict',
        field: 'personId',
        message: 'this person already holds a mandate in this body from 2026-01-01 to 2027-01-01',
      },
    ],
    [
      'a second chair',
      () => [mandate({ role: 'chair' }), [mandate({ role: 'chair', category: 'association', endDate: '2027-01-01' })]],
      {
        kind: 'conflict',
        field: 'role',
        message: 'chair is already held from 2027-01-01 to 2027-01-01 by another mandate',
      },
    ],
    [
      'a second vice-chair',
      () => [mandate({ role: 'vice_chair' }), [mandate({ role: 'vice_chair', startDate: '2030-12-31' })]],
      {
        kind: 'conflict',
        field: 'role',
        message: 'vice-chair is already held from 2030-12-31 to 2030-12-31 by another mandate',
      },
    ],
    [
      'a third consecutive term',
      () => [
        mandate({ personId: 'bob', startDate: '2035-01-01', endDate: null }),
        [
          mandate({ personId: 'bob', startDate: '2027-01-01', endDate: '2030-12-31' }),
          mandate({ personId: 'bob', startDate: '2031-01-01', endDate: '2034-12-31' }),
        ],
      ],
      {
        kind: 'conflict',
        field: 'startDate',
        message: 'this would be term 3 in a row for this person; the body allows 1 renewal, so at most 2 in a row',
      },
    ],
    [
      'a mandate that joins two runs into three terms in a row',
      () => [
        mandate({ personId: 'eve', startDate: '2031-01-01', endDate: '2034-12-31' }),
        [
          mandate({ personId: 'eve', startDate: '2027-01-01', endDate: '2030-12-31' }),
          mandate({ personId: 'eve', startDate: '2035-01-01', endDate: '2038-12-31' }),
        ],
      ],
      {
        kind: 'conflict',
        field: 'startDate',
        message: 'this would be term 3 in a row for this person; the body allows 1 renewal, so at most 2 in a row',
      },
    ],
  ])('refuses %s', (_, build, problem) => {
    const [candidate, others] = build();
    const problems = mandateProblems(withTermEnd(candidate, 4), others, rules);
    expect(problems.map((p) => ({ kind: p.kind, field: p.field, message: localizeProblem(p, 'en').message }))).toEqual([
      problem,
    ]);
  });

  it('accepts a first term after a gap of one day, and a second chair once the first has left', () => {
    const terms = [
      mandate({ personId: 'bob', startDate: '2027-01-01', endDate: '2030-12-31' }),
      mandate({ personId: 'bob', startDate: '2031-01-01', endDate: '2034-12-31' }),
    ];
    expect(mandateProblems(mandate({ personId: 'bob', startDate: '2035-01-02', endDate: null }), terms, rules)).toEqual(
      [expect.objectContaining({ field: 'endDate' })],
    );
    expect(
      mandateProblems(mandate({ personId: 'bob', startDate: '2035-01-02', endDate: '2038-12-31' }), terms, rules),
    ).toEqual([]);
    const chair = mandate({ role: 'chair', endDate: '2028-06-30' });
    expect(mandateProblems(mandate({ role: 'chair', startDate: '2028-07-01' }), [chair], rules)).toEqual([]);
  });

  it('frees a seat from the day after a mandate ends early', () => {
    const [leaving, ...rest] = fiveResearchers();
    const ended = { ...leaving, endDate: '2028-03-31' };
    expect(mandateProblems(mandate({ startDate: '2028-04-01' }), [ended, ...rest], rules)).toEqual([]);
    expect(mandateProblems(mandate({ startDate: '2028-03-31' }), [ended, ...rest], rules)).toEqual([
      expect.objectContaining({ field: 'category' }),
    ]);
  });

  it('judges a changed mandate without its stored version', () => {
    const stored = mandate({ role: 'chair' });
    expect(mandateProblems({ ...stored, endDate: '2028-12-31' }, [], rules)).toEqual([]);
  });

  it('lists every conflict at once', () => {
    const chair = mandate({ personId: 'carol', role: 'chair' });
    const others = [chair, ...fiveResearchers().slice(1)];
    expect(mandateProblems(mandate({ personId: 'carol', role: 'chair' }), others, rules).map((p) => p.field)).toEqual([
      'category',
      'personId',
      'role',
    ]);
  });

  it('throws a ValidationError for an impossible mandate and a ConflictError for a refused one', () => {
    expect(() => assertMandateAllowed(mandate({ category: 'x' }), [], rules)).toThrow(ValidationError);
    expect(() => assertMandateAllowed(mandate(), fiveResearchers(), rules)).toThrow(
      'Mandate refused: category researcher is full: all its 5 seats are taken on 2027-01-01',
    );
    expect(() => assertMandateAllowed(mandate(), [], rules)).not.toThrow();
  });
});

describe('renewals', () => {
  const first = mandate({ personId: 'dan', startDate: '2027-01-01', endDate: '2030-12-31' });
  const second = mandate({ personId: 'dan', startDate: '2031-01-01', endDate: '2034-12-31' });
  const later = mandate({ personId: 'dan', startDate: '2040-01-01', endDate: '2043-12-31' });
  const all = [first, second, later];

  it('counts which term in a row each mandate is', () => {
    expect([first, second, later].map((m) => consecutiveTerms(m, all))).toEqual([1, 2, 1]);
  });

  it('allows renewing a first term, not a second, nor a term already renewed', () => {
    expect(mayBeRenewed(first, [first], rules)).toBe(true);
    expect(mayBeRenewed(first, all, rules)).toBe(false);
    expect(mayBeRenewed(second, all, rules)).toBe(false);
    expect(mayBeRenewed(later, all, rules)).toBe(true);
    expect(mayBeRenewed(later, all, { maxRenewals: 0 })).toBe(false);
    expect(mayBeRenewed(second, all, { maxRenewals: 2 })).toBe(true);
  });
});

describe('changing a body categories', () => {
  const today = '2027-06-01';
  const mandates = [
    mandate({ category: 'association', endDate: '2027-05-31' }),
    mandate({ category: 'researcher' }),
    mandate({ category: 'researcher', startDate: '2028-01-01' }),
    mandate({ category: 'administration', startDate: '2029-01-01' }),
  ];

  it('allows removing a category no mandate uses from today on, and seats down to the peak', () => {
    const categories = [{ code: 'researcher', label: 'R', seats: 2 }, GRAM.categories[2]];
    expect(categoryChangeProblems(categories, mandates, today)).toEqual([]);
  });

  it('refuses fewer seats than mandates will sit together, and removing a category in use', () => {
    const categories = [{ code: 'researcher', label: 'R', seats: 1 }];
    expect(categoryChangeProblems(categories, mandates, today).map((p) => localizeProblem(p, 'en'))).toEqual([
      {
        field: 'categories',
        code: 'body.category_still_used',
        message: 'categories must keep administration: 1 of its mandates run on or after 2027-06-01',
        params: { category: 'administration', date: '2027-06-01', held: 1 },
      },
      {
        field: 'categories.0.seats',
        code: 'body.category_seats_too_few',
        message: 'categories.0.seats must be at least 2: that many researcher mandates are active on 2028-01-01',
        params: { category: 'researcher', count: 2, date: '2028-01-01' },
      },
    ]);
  });
});

describe('quotas, whatever the order of appointments', () => {
  const CATEGORIES = [
    { code: 'a', label: 'A', seats: 3 },
    { code: 'b', label: 'B', seats: 1 },
  ];
  const DAYS = 60;
  const origin = '2027-01-01';
  const CALENDAR = Array.from({ length: 2 * DAYS }, (_, day) => addDays(origin, day));
  const small: MandateRules = { categories: CATEGORIES, termYears: 1, maxRenewals: 1 };
  const attempt = fc.record({
    person: fc.integer({ min: 0, max: 5 }),
    category: fc.constantFrom('a', 'b'),
    role: fc.constantFrom('member', 'member', 'chair', 'vice_chair') as fc.Arbitrary<Mandate['role']>,
    start: fc.integer({ min: 0, max: DAYS - 1 }),
    length: fc.integer({ min: 0, max: DAYS }),
  });

  it('never seats more than a category allows, one person twice, or two chairs, on any day', () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 40 }), (attempts) => {
        const accepted: Mandate[] = [];
        attempts.forEach((a, i) => {
          const candidate: Mandate = {
            id: `m${i}`,
            personId: `p${a.person}`,
            category: a.category,
            role: a.role,
            startDate: addDays(origin, a.start),
            endDate: addDays(origin, a.start + a.length),
          };
          if (mandateProblems(candidate, accepted, small).length === 0) accepted.push(candidate);
        });
        return CALENDAR.every((date) => {
          const sitting = accepted.filter((m) => isActiveOn(m, date));
          const count = (keep: (m: Mandate) => boolean) => sitting.filter(keep).length;
          return (
            CATEGORIES.every(({ code, seats }) => count((m) => m.category === code) <= seats) &&
            new Set(sitting.map((m) => m.personId)).size === sitting.length &&
            count((m) => m.role === 'chair') <= 1 &&
            count((m) => m.role === 'vice_chair') <= 1
          );
        });
      }),
      { numRuns: 300 },
    );
  });

  it('accepts an appointment whenever a seat, the person and the office are free on every day of it', () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 25 }), attempt, (history, next) => {
        const accepted: Mandate[] = [];
        history.forEach((a, i) => {
          const m: Mandate = {
            id: `m${i}`,
            personId: `p${a.person}`,
            category: a.category,
            role: 'member',
            startDate: addDays(origin, a.start),
            endDate: addDays(origin, a.start + Math.min(a.length, 10)),
          };
          if (mandateProblems(m, accepted, { ...small, maxRenewals: 100 }).length === 0) accepted.push(m);
        });
        const candidate: Mandate = {
          personId: 'newcomer',
          category: next.category,
          role: 'member',
          startDate: addDays(origin, next.start),
          endDate: addDays(origin, next.start + next.length),
        };
        const seats = CATEGORIES.find((c) => c.code === next.category)!.seats;
        let free = true;
        for (let day = next.start; day <= next.start + next.length; day += 1) {
          const date = addDays(origin, day);
          const taken = accepted.filter((m) => m.category === next.category && isActiveOn(m, date)).length;
          if (taken >= seats) free = false;
        }
        expect(mandateProblems(candidate, accepted, small).length === 0).toBe(free);
      }),
      { numRuns: 300 },
    );
  });
});
