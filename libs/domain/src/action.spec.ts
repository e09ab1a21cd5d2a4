import { ConflictError } from './errors';
import { ActionState, isActionOverdue, nextActionState } from './action';

describe('action transitions and overdue', () => {
  it.each<[ActionState, ActionState]>([
    ['open', 'in_progress'],
    ['open', 'done'],
    ['in_progress', 'cancelled'],
    ['done', 'in_progress'],
    ['open', 'open'],
  ])('allows %s → %s', (from, to) => {
    expect(nextActionState(from, to)).toBe(to);
  });

  it.each<[ActionState, ActionState]>([
    ['cancelled', 'open'],
    ['done', 'cancelled'],
  ])('refuses %s → %s with a conflict', (from, to) => {
    expect(() => nextActionState(from, to)).toThrow(ConflictError);
  });

  it.each([
    ['open', '2027-01-01', true],
    ['in_progress', '2027-01-01', true],
    ['done', '2027-01-01', false],
    ['open', '2027-01-02', false],
    ['open', null, false],
  ] as const)('an action %s due %s is overdue on 2027-01-02: %s', (status, dueDate, expected) => {
    expect(isActionOverdue({ status, dueDate }, '2027-01-02')).toBe(expected);
  });
});
