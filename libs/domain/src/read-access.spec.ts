import fc from 'fast-check';
import {
  canRead,
  canReadAgendaRequest,
  canReadRecommendation,
  READ_TOPICS,
  ReadTopic,
  Reader,
  recommendationScope,
} from './read-access';
import { ROLES } from './roles';

const OURS = 'body-ours';
const THEIRS = 'body-theirs';
const reader = (role: Reader['role'], sittingBodyIds: string[] = []): Reader => ({
  userId: 'u1',
  role,
  sittingBodyIds,
});

describe('who reads what of a body', () => {
  const readers: Record<string, Reader> = {
    'the secretariat': reader('secretariat'),
    'the admin': reader('admin'),
    'a sitting member': reader('member', [OURS]),
    'a former member': reader('member', []),
    'the direction': reader('direction'),
  };

  // [reader, topic, body, may read]
  const table: [string, ReadTopic, string, boolean][] = [
    ['the secretariat', 'working-agenda', THEIRS, true],
    ['the secretariat', 'attendance', THEIRS, true],
    ['the admin', 'agenda-requests', THEIRS, true],
    ['a sitting member', 'public', OURS, true],
    ['a sitting member', 'attendance', OURS, true],
    ['a sitting member', 'guests', OURS, true],
    ['a sitting member', 'memberships', OURS, true],
    ['a sitting member', 'agenda-requests', OURS, true],
    ['a sitting member', 'working-agenda', OURS, false],
    ['a sitting member', 'attendance', THEIRS, false],
    ['a sitting member', 'memberships', THEIRS, false],
    ['a sitting member', 'public', THEIRS, true],
    ['a former member', 'public', OURS, true],
    ['a former member', 'attendance', OURS, false],
    ['a former member', 'agenda-requests', OURS, false],
    ['the direction', 'public', OURS, true],
    ['the direction', 'working-agenda', OURS, false],
    ['the direction', 'attendance', OURS, false],
    ['the direction', 'guests', OURS, false],
    ['the direction', 'recommendations', THEIRS, true],
    ['the direction', 'actions', THEIRS, true],
    ['a sitting member', 'recommendations', OURS, true],
    ['a sitting member', 'actions', OURS, true],
    ['a sitting member', 'recommendations', THEIRS, false],
    ['a former member', 'recommendations', OURS, false],
    ['a former member', 'actions', OURS, false],
    ['a sitting member', 'documents', OURS, true],
    ['a sitting member', 'documents', THEIRS, false],
    ['a former member', 'documents', OURS, false],
    ['the direction', 'documents', THEIRS, true],
  ];
  it.each(table)('%s reading %s of %s: %s', (who, topic, body, expected) => {
    expect(canRead(readers[who], topic, body)).toBe(expected);
  });

  it('never lets anyone but the staff read a working agenda, whatever bodies they sit on', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.array(fc.string()), fc.string(), (role, bodies, body) => {
        const may = canRead(reader(role, bodies), 'working-agenda', body);
        expect(may).toBe(role === 'admin' || role === 'secretariat');
      }),
    );
  });

  it('lets everyone read what is public, and a non-staff reader read nothing else of a body they do not sit on (the direction also its published documents)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...READ_TOPICS),
        fc.array(fc.string()),
        (role, topic, bodies) => {
          const outsider = reader(
            role,
            bodies.filter((b) => b !== THEIRS),
          );
          const may = canRead(outsider, topic, THEIRS);
          const directionFollowUp =
            role === 'direction' && (topic === 'recommendations' || topic === 'actions' || topic === 'documents');
          if (topic === 'public' || role === 'admin' || role === 'secretariat' || directionFollowUp) {
            expect(may).toBe(true);
          } else expect(may).toBe(false);
        },
      ),
    );
  });
});

describe('which recommendations a reader sees', () => {
  const adopted = { bodyId: OURS, status: 'adopted' as const };
  const transmitted = { bodyId: OURS, status: 'transmitted' as const };
  it.each([
    ['the secretariat, one still adopted', reader('secretariat'), adopted, true],
    ['the direction, one still adopted', reader('direction'), adopted, false],
    ['the direction, one transmitted', reader('direction'), transmitted, true],
    ['a sitting member, one still adopted', reader('member', [OURS]), adopted, true],
    ['a member of another body', reader('member', [THEIRS]), transmitted, false],
    ['a former member', reader('member'), transmitted, false],
  ])('%s: %s', (_what, who, r, expected) => {
    expect(canReadRecommendation(who, r)).toBe(expected);
  });

  it('draws lists from every body for the staff and the direction, from the sitting bodies for a member', () => {
    expect(recommendationScope(reader('admin'))).toEqual({ bodyIds: 'all', transmittedOnly: false });
    expect(recommendationScope(reader('direction'))).toEqual({ bodyIds: 'all', transmittedOnly: true });
    expect(recommendationScope(reader('member', [OURS]))).toEqual({ bodyIds: [OURS], transmittedOnly: false });
    expect(recommendationScope(reader('member'))).toEqual({ bodyIds: [], transmittedOnly: false });
  });
});

describe('which agenda requests a reader sees', () => {
  const member = { userId: 'me', role: 'member' as const };
  it.each([
    ['my own declined request', member, { requestedBy: 'me', status: 'declined' as const }, true],
    ["another member's declined request", member, { requestedBy: 'other', status: 'declined' as const }, false],
    ["another member's pending request", member, { requestedBy: 'other', status: 'pending' as const }, true],
    ["another member's accepted request", member, { requestedBy: 'other', status: 'accepted' as const }, true],
    [
      "the secretariat, someone's declined request",
      { userId: 's', role: 'secretariat' as const },
      { requestedBy: 'other', status: 'declined' as const },
      true,
    ],
  ])('%s', (_what, who, request, expected) => {
    expect(canReadAgendaRequest(who, request)).toBe(expected);
  });
});
