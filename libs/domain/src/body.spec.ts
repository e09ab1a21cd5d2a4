import { bodySettingsProblems, DEFAULT_QUORUM_RULE, totalSeats } from './body';
import { GRAM_LIKE as GRAM } from './testing';

describe('body settings', () => {
  it('GRAM has 20 seats and coherent settings', () => {
    expect(totalSeats(GRAM.categories)).toBe(20);
    expect(bodySettingsProblems(GRAM)).toEqual([]);
  });

  it.each([
    [
      'a repeated category code',
      {
        categories: [
          { code: 'a', label: 'A', seats: 1 },
          { code: 'a', label: 'B', seats: 2 },
        ],
        quorum: DEFAULT_QUORUM_RULE,
      },
      'categories.1.code',
    ],
    [
      'a share above one',
      { categories: GRAM.categories, quorum: { ...DEFAULT_QUORUM_RULE, numerator: 3 } },
      'quorum.numerator',
    ],
    [
      'a minimum for an unknown category',
      { categories: GRAM.categories, quorum: { ...DEFAULT_QUORUM_RULE, minimumPerCategory: { x: 1 } } },
      'quorum.minimumPerCategory.x',
    ],
    [
      'a minimum above the seats',
      { categories: GRAM.categories, quorum: { ...DEFAULT_QUORUM_RULE, minimumPerCategory: { researcher: 6 } } },
      'quorum.minimumPerCategory.researcher',
    ],
  ])('refuses %s', (_, settings, field) => {
    expect(bodySettingsProblems(settings).map((p) => p.field)).toEqual([field]);
  });
});
