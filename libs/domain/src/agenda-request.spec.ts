import { assertMayRequestAgendaItem, decideAgendaRequest } from './agenda-request';
import { ConflictError, ForbiddenError } from './errors';

describe('assertMayRequestAgendaItem', () => {
  it.each([
    ['the secretariat', { role: 'secretariat' as const, personId: null }, [], true],
    ['a member sitting that day', { role: 'member' as const, personId: 'p1' }, ['p1'], true],
    ['a member not sitting that day', { role: 'member' as const, personId: 'p1' }, ['p2'], false],
    ['a member login with no person', { role: 'member' as const, personId: null }, ['p1'], false],
  ])('%s may request: %s', (_case, requester, sitting, allowed) => {
    const attempt = () => assertMayRequestAgendaItem(requester, sitting);
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(ForbiddenError);
  });
});

describe('decideAgendaRequest', () => {
  it.each([
    ['accept', 'accepted'],
    ['decline', 'declined'],
  ] as const)('moves a pending request on %s to %s', (decision, state) => {
    expect(decideAgendaRequest('pending', decision)).toBe(state);
  });

  it.each(['accepted', 'declined'] as const)('refuses to decide a request already %s', (state) => {
    expect(() => decideAgendaRequest(state, 'accept')).toThrow(ConflictError);
  });
});
