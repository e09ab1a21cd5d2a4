import { authoriseBallot, BallotCaller, eligibleVoters } from './eligibility';
import { PollMethod } from './poll';
import { AttendanceRecord } from './quorum';

const rec = (membershipId: string, status: AttendanceRecord['status'], holder: string | null = null) => ({
  membershipId,
  status,
  proxyHolderMembershipId: holder,
});

// a present, b remote, c excused with a's proxy, d absent, e excused without proxy, f present but recused,
// g excused with f's proxy (f is recused, g is not).
const sittingIds = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const attendance = [
  rec('a', 'present'),
  rec('b', 'remote'),
  rec('c', 'excused', 'a'),
  rec('d', 'absent'),
  rec('e', 'excused'),
  rec('f', 'present'),
  rec('g', 'excused', 'f'),
];
const recusedIds = new Set(['f']);
const voters = eligibleVoters({ sittingIds, attendance, recusedIds });

describe('eligibleVoters', () => {
  it('keeps attending and represented members, minus the recused, and names who casts for the represented', () => {
    expect(voters).toEqual([
      { membershipId: 'a', proxyHolderMembershipId: null },
      { membershipId: 'b', proxyHolderMembershipId: null },
      { membershipId: 'c', proxyHolderMembershipId: 'a' },
      { membershipId: 'g', proxyHolderMembershipId: 'f' },
    ]);
  });

  it('ignores a proxy whose holder does not attend, and members not sitting', () => {
    const result = eligibleVoters({
      sittingIds: ['x', 'y'],
      attendance: [rec('x', 'excused', 'y'), rec('y', 'absent'), rec('z', 'present')],
      recusedIds: new Set(),
    });
    expect(result).toEqual([]);
  });
});

describe('authoriseBallot', () => {
  const member = (ownMembershipId: string | null): BallotCaller => ({ kind: 'member', ownMembershipId });
  const staff: BallotCaller = { kind: 'staff' };
  const ask = (method: PollMethod, caller: BallotCaller, onBehalfOf: string | null = null) =>
    authoriseBallot({ method, caller, onBehalfOfMembershipId: onBehalfOf, voters, recusedIds });

  it.each([
    ['a member for themselves', 'secret', member('a'), null, { membershipId: 'a', proxyHolderMembershipId: null }],
    [
      'a proxy holder for the member they represent',
      'secret',
      member('a'),
      'c',
      { membershipId: 'c', proxyHolderMembershipId: 'a' },
    ],
    [
      'a recused holder for the member they represent',
      'roll_call',
      member('f'),
      'g',
      { membershipId: 'g', proxyHolderMembershipId: 'f' },
    ],
    [
      'the secretariat entering a roll-call answer',
      'roll_call',
      staff,
      'b',
      { membershipId: 'b', proxyHolderMembershipId: null },
    ],
  ] as const)('lets %s cast', (_, method, caller, onBehalfOf, expected) => {
    expect(ask(method, caller, onBehalfOf)).toEqual(expected);
  });

  it.each([
    [
      'someone else vote for a represented member',
      'secret',
      member('b'),
      'c',
      'Only the holder of member c’s proxy may vote for them',
    ],
    [
      'an excused member vote themselves',
      'secret',
      member('c'),
      null,
      'You are excused: the holder of your proxy votes for you',
    ],
    [
      'an absent member vote',
      'roll_call',
      member('d'),
      null,
      'Member d is neither present, remote nor represented, and cannot vote',
    ],
    ['a recused member vote', 'roll_call', member('f'), null, 'Member f is recused on this item and takes no part'],
    [
      'a login with no sitting mandate vote',
      'roll_call',
      member(null),
      null,
      'You hold no mandate sitting in this meeting',
    ],
    [
      'the secretariat cast a secret ballot',
      'secret',
      staff,
      'a',
      'A secret ballot is cast by the member from their own device',
    ],
  ] as const)('refuses to let %s (403)', (_, method, caller, onBehalfOf, message) => {
    expect(() => ask(method, caller, onBehalfOf)).toThrow(expect.objectContaining({ kind: 'forbidden', message }));
  });

  it('refuses individual ballots in a show of hands with 409', () => {
    expect(() => ask('show_of_hands', member('a'))).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });
});
