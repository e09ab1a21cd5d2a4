import fc from 'fast-check';
import { DomainError } from './errors';
import type { MeetingState } from './meeting-state';
import {
  ApprovalFacts,
  approvedMinutesScope,
  assertMayApprove,
  assertMinutesOpen,
  checkMinutesDraft,
  emptyMinutesDraft,
  mayReadMinutes,
  MINUTES_STATUSES,
  MinutesStatus,
} from './minutes';
import { ROLES } from './roles';

const kindOf = (run: () => void): string => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as DomainError).kind;
  }
};

describe('assertMinutesOpen', () => {
  it.each<[MeetingState, number | null, string]>([
    ['planned', null, 'rule'],
    ['convened', null, 'rule'],
    ['cancelled', null, 'rule'],
    ['in_progress', null, 'ok'],
    ['closed', null, 'ok'],
    ['closed', 2, 'conflict'],
  ])('a meeting %s with approved version %s → %s', (status, approved, expected) => {
    expect(kindOf(() => assertMinutesOpen(status, approved))).toBe(expected);
  });
});

describe('checkMinutesDraft', () => {
  const record = { agendaItemIds: new Set(['i1', 'i2']), sittingMembershipIds: new Set(['m1']) };
  const item = (agendaItemId: string, dissenter?: string) => ({
    agendaItemId,
    summary: [],
    decisions: [],
    dissents: dissenter ? [{ membershipId: dissenter, text: 'Non.', private: false }] : [],
  });

  it('accepts a draft about the meeting’s items and sitting members', () => {
    expect(() =>
      checkMinutesDraft({ ...emptyMinutesDraft(), items: [item('i1', 'm1'), item('i2')] }, record),
    ).not.toThrow();
  });

  it.each([
    ['an item of another agenda', [item('x')], 'items.0.agendaItemId'],
    ['an item twice', [item('i1'), item('i1')], 'items.1.agendaItemId'],
    ['a dissent by someone not sitting', [item('i1', 'm9')], 'items.0.dissents.0.membershipId'],
  ])('refuses %s, naming the field', (_, items, field) => {
    expect(() => checkMinutesDraft({ ...emptyMinutesDraft(), items }, record)).toThrow(
      expect.objectContaining({ kind: 'invalid', details: [expect.objectContaining({ field })] }),
    );
  });
});

describe('assertMayApprove', () => {
  const facts = (over: Partial<ApprovalFacts> = {}): ApprovalFacts => ({
    versionStatus: 'rendered',
    minutesMeeting: { bodyId: 'b', startsAt: new Date('2027-03-18T13:30:00Z') },
    approvingMeeting: { bodyId: 'b', startsAt: new Date('2027-06-17T12:30:00Z'), status: 'in_progress' },
    chair: 'Hélène Lefèvre',
    ...over,
  });
  const later = facts().approvingMeeting;

  it.each<[string, Partial<ApprovalFacts>, string]>([
    ['a rendered version at a later sitting meeting with a chair', {}, 'ok'],
    ['a queued version', { versionStatus: 'queued' }, 'conflict'],
    ['a failed version', { versionStatus: 'failed' }, 'conflict'],
    ['an approved version', { versionStatus: 'approved' }, 'conflict'],
    ['another body’s meeting', { approvingMeeting: { ...later, bodyId: 'other' } }, 'rule'],
    ['the same meeting', { approvingMeeting: { ...later, startsAt: facts().minutesMeeting.startsAt } }, 'rule'],
    ['a meeting not opened yet', { approvingMeeting: { ...later, status: 'convened' } }, 'rule'],
    ['a closed later meeting', { approvingMeeting: { ...later, status: 'closed' } }, 'ok'],
    ['a body without a chair', { chair: null }, 'rule'],
  ])('%s → %s', (_, over, expected) => {
    expect(kindOf(() => assertMayApprove(facts(over)))).toBe(expected);
  });
});

describe('mayReadMinutes', () => {
  it('lets staff read every version, and nobody else one that is not rendered', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.boolean(),
        fc.constantFrom(...MINUTES_STATUSES),
        (role, sitsOnBody, status: MinutesStatus) => {
          const may = mayReadMinutes({ role, sitsOnBody }, status);
          if (role === 'admin' || role === 'secretariat') return may;
          if (status === 'queued' || status === 'rendering' || status === 'failed') return !may;
          return true;
        },
      ),
    );
  });

  it.each<[string, boolean, MinutesStatus, boolean]>([
    ['member', true, 'rendered', true],
    ['member', false, 'rendered', false],
    ['member', false, 'approved', false],
    ['direction', false, 'rendered', false],
    ['direction', false, 'approved', true],
  ])('a %s (sitting: %s) reading a %s version → %s', (role, sitsOnBody, status, expected) => {
    expect(mayReadMinutes({ role: role as 'member' | 'direction', sitsOnBody }, status)).toBe(expected);
  });
});

describe('approvedMinutesScope', () => {
  it('lists the approved minutes of exactly the bodies whose versions the reader may read', () => {
    const bodies = ['b1', 'b2', 'b3'];
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.subarray(bodies), (role, sittingBodyIds) => {
        const scope = approvedMinutesScope({ role, sittingBodyIds });
        return bodies.every(
          (body) =>
            (scope === 'all' || scope.includes(body)) ===
            mayReadMinutes({ role, sitsOnBody: role === 'member' && sittingBodyIds.includes(body) }, 'approved'),
        );
      }),
    );
  });

  it('gives a former member no body', () => {
    expect(approvedMinutesScope({ role: 'member', sittingBodyIds: [] })).toEqual([]);
  });
});
