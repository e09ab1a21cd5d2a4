import {
  assertMayRequestDissent,
  decideDissentRequest,
  DissentRequestFacts,
  withDissentRecorded,
} from './dissent-request';
import { ConflictError, ForbiddenError, ValidationError } from './errors';
import { emptyMinutesDraft } from './minutes';

const facts = (overrides: Partial<DissentRequestFacts> = {}): DissentRequestFacts => ({
  requester: { role: 'member' },
  mandate: { membershipId: 'm1', attendance: 'present' },
  itemId: 'i1',
  agendaItemIds: new Set(['i1', 'i2']),
  ...overrides,
});

describe('dissent requests', () => {
  it.each(['present', 'remote'] as const)(
    'lets a member who attended (%s) ask, for their own mandate',
    (attendance) => {
      expect(assertMayRequestDissent(facts({ mandate: { membershipId: 'm1', attendance } }))).toBe('m1');
    },
  );

  it.each([
    ['an excused member', { mandate: { membershipId: 'm1', attendance: 'excused' as const } }],
    ['an absent member', { mandate: { membershipId: 'm1', attendance: 'absent' as const } }],
    ['a member of whom nothing was recorded', { mandate: { membershipId: 'm1', attendance: null } }],
    ['someone not sitting', { mandate: null }],
    ['the secretariat', { requester: { role: 'secretariat' as const } }],
  ])('refuses %s with 403', (_who, overrides) => {
    expect(() => assertMayRequestDissent(facts(overrides))).toThrow(ForbiddenError);
  });

  it('refuses an item of another agenda, naming the field', () => {
    expect(() => assertMayRequestDissent(facts({ itemId: 'other' }))).toThrow(ValidationError);
  });

  it('decides a pending request once', () => {
    expect(decideDissentRequest('pending', 'accept')).toBe('accepted');
    expect(decideDissentRequest('pending', 'decline')).toBe('declined');
    expect(() => decideDissentRequest('accepted', 'decline')).toThrow(ConflictError);
    expect(() => decideDissentRequest('declined', 'accept')).toThrow(ConflictError);
  });

  it('records the accepted dissent under its item, after those there, and creates the item when absent', () => {
    const first = withDissentRecorded(emptyMinutesDraft(), 'i1', { membershipId: 'm1', text: 'Contre.' });
    expect(first.items).toEqual([
      {
        agendaItemId: 'i1',
        summary: [],
        decisions: [],
        dissents: [{ membershipId: 'm1', text: 'Contre.', private: false }],
      },
    ]);
    const second = withDissentRecorded(first, 'i1', { membershipId: 'm2', text: 'Réservé.' });
    expect(second.items[0].dissents.map((d) => d.membershipId)).toEqual(['m1', 'm2']);
  });
});
