import {
  assertAmendmentsVotedFirst,
  assertMayBeAmended,
  assertMayEditProposal,
  nextProposalState,
  ProposalAction,
  proposalActionOf,
  ProposalState,
} from './proposal';

describe('proposal states', () => {
  it.each([
    ['draft', 'submit', 'submitted'],
    ['draft', 'withdraw', 'withdrawn'],
    ['submitted', 'withdraw', 'withdrawn'],
    ['submitted', 'adopt', 'adopted'],
    ['submitted', 'reject', 'rejected'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextProposalState(from, action)).toBe(to);
  });

  it.each([
    ['submitted', 'submit'],
    ['draft', 'adopt'],
    ['adopted', 'withdraw'],
    ['rejected', 'adopt'],
    ['withdrawn', 'submit'],
  ] as [ProposalState, ProposalAction][])('refuses %s --%s--> with 409', (from, action) => {
    expect(() => nextProposalState(from, action)).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });

  it('maps a poll outcome to the proposal it decides; no quorum decides nothing', () => {
    expect([proposalActionOf('adopted'), proposalActionOf('rejected'), proposalActionOf('no_quorum')]).toEqual([
      'adopt',
      'reject',
      null,
    ]);
  });
});

describe('editing and amending', () => {
  it.each([
    ['draft', { isStaff: false, isAuthor: true }, null],
    ['draft', { isStaff: true, isAuthor: false }, null],
    ['submitted', { isStaff: true, isAuthor: false }, null],
    ['submitted', { isStaff: false, isAuthor: true }, 'conflict'],
    ['draft', { isStaff: false, isAuthor: false }, 'forbidden'],
    ['adopted', { isStaff: true, isAuthor: true }, 'conflict'],
  ] as const)('a %s proposal edited by %j: %s', (status, editor, refusal) => {
    const edit = () => assertMayEditProposal(status, editor);
    if (refusal === null) expect(edit).not.toThrow();
    else expect(edit).toThrow(expect.objectContaining({ kind: refusal }));
  });

  it('refuses to amend an amendment (422) or a decided proposal (409)', () => {
    expect(() => assertMayBeAmended({ status: 'submitted', parentId: 'p' })).toThrow(
      expect.objectContaining({ kind: 'rule' }),
    );
    expect(() => assertMayBeAmended({ status: 'adopted', parentId: null })).toThrow(
      expect.objectContaining({ kind: 'conflict' }),
    );
  });

  it('opens the vote on a proposal only once its submitted amendments are voted', () => {
    expect(() =>
      assertAmendmentsVotedFirst([
        { id: 'a1', status: 'adopted' },
        { id: 'a2', status: 'submitted' },
        { id: 'a3', status: 'draft' },
      ]),
    ).toThrow('Amendments are voted first: a2 still await a vote');
    expect(() => assertAmendmentsVotedFirst([{ id: 'a1', status: 'rejected' }])).not.toThrow();
  });
});
