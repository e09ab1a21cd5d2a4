import fc from 'fast-check';
import { ConflictError, ForbiddenError } from './errors';
import {
  answersAllowedFrom,
  assertMayAnswer,
  isRecommendationOverdue,
  median,
  nextRecommendationState,
  recommendationsFollowUp,
  RecommendationState,
  summariseRecommendations,
} from './recommendation';

describe('recommendation transitions', () => {
  it.each<[RecommendationState, RecommendationState]>([
    ['adopted', 'transmitted'],
    ['transmitted', 'under_review'],
    ['transmitted', 'accepted'],
    ['under_review', 'partially_accepted'],
    ['accepted', 'implemented'],
    ['partially_accepted', 'implemented'],
    ['under_review', 'under_review'],
  ])('allows %s → %s', (from, to) => {
    expect(nextRecommendationState(from, to)).toBe(to);
  });

  it.each<[RecommendationState, RecommendationState]>([
    ['adopted', 'accepted'],
    ['transmitted', 'implemented'],
    ['rejected', 'accepted'],
    ['implemented', 'under_review'],
    ['accepted', 'rejected'],
    ['under_review', 'transmitted'],
  ])('refuses %s → %s with a conflict naming status', (from, to) => {
    expect(() => nextRecommendationState(from, to)).toThrow(ConflictError);
  });

  it('lets only the direction answer', () => {
    expect(() => assertMayAnswer('direction')).not.toThrow();
    for (const role of ['admin', 'secretariat', 'member'] as const) {
      expect(() => assertMayAnswer(role)).toThrow(ForbiddenError);
    }
  });
});

describe('overdue and summary', () => {
  it.each([
    ['accepted', '2027-01-01', '2027-01-02', true],
    ['accepted', '2027-01-02', '2027-01-02', false],
    ['implemented', '2026-01-01', '2027-01-02', false],
    ['rejected', '2026-01-01', '2027-01-02', false],
    ['under_review', null, '2027-01-02', false],
  ] as const)('%s due %s is overdue on %s: %s', (status, dueDate, today, expected) => {
    expect(isRecommendationOverdue({ status, dueDate }, today)).toBe(expected);
  });

  it('takes the median of odd and even lists', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('keeps the median between the smallest and the largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1 }), (xs) => {
        const m = median(xs)!;
        return m >= Math.min(...xs) && m <= Math.max(...xs);
      }),
    );
  });

  it('counts by status and gives per year the median days to the first answer', () => {
    const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const summary = summariseRecommendations(
      [
        { status: 'adopted', dueDate: null, transmittedAt: null, firstAnsweredAt: null },
        {
          status: 'accepted',
          dueDate: '2026-06-01',
          transmittedAt: at('2026-01-01'),
          firstAnsweredAt: at('2026-01-11'),
        },
        { status: 'rejected', dueDate: null, transmittedAt: at('2026-02-01'), firstAnsweredAt: at('2026-02-21') },
        { status: 'transmitted', dueDate: null, transmittedAt: at('2027-03-01'), firstAnsweredAt: null },
      ],
      '2027-01-01',
    );
    expect(summary.byStatus).toMatchObject({ adopted: 1, accepted: 1, rejected: 1, transmitted: 1, implemented: 0 });
    expect(summary.overdue).toBe(1);
    expect(summary.years).toEqual([
      { year: 2026, transmitted: 2, answered: 2, medianDaysToFirstAnswer: 15 },
      { year: 2027, transmitted: 1, answered: 0, medianDaysToFirstAnswer: null },
    ]);
  });
});

describe('the follow-up item of the next agenda', () => {
  it('lists each recommendation sent to the direction with its latest status, owner and due date', () => {
    expect(
      recommendationsFollowUp([
        { title: 'Former les chercheurs', status: 'accepted', owner: 'DRH', dueDate: '2027-06-30' },
        { title: 'Pas encore transmise', status: 'adopted', owner: null, dueDate: null },
        { title: 'Ouvrir les données', status: 'transmitted', owner: null, dueDate: null },
      ]),
    ).toBe(
      '– Former les chercheurs : acceptée ; responsable : DRH ; échéance : 2027-06-30\n' +
        '– Ouvrir les données : transmise à la direction générale',
    );
  });

  it('is empty when nothing was sent yet', () => {
    expect(recommendationsFollowUp([{ title: 'x', status: 'adopted', owner: null, dueDate: null }])).toBeNull();
  });
});

describe('answersAllowedFrom', () => {
  it.each([
    ['adopted', []],
    ['transmitted', ['under_review', 'accepted', 'partially_accepted', 'rejected']],
    ['accepted', ['accepted', 'implemented']],
    ['rejected', []],
  ] as const)('from %s: %j', (current, expected) => {
    expect(answersAllowedFrom(current)).toEqual(expected);
  });
});
