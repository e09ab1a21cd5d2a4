import { startTestApp, TestApp } from '../harness/test-app';
import { aVotingSession, Voter, VotingSession } from './voting-session';

// Each member's login is created on first use (argon2 is slow by design): time enough on a busy machine.
jest.setTimeout(120_000);

describe('poll results: majorities, abstentions, ties and the casting vote', () => {
  let t: TestApp;
  let s: VotingSession;
  beforeAll(async () => {
    t = await startTestApp();
    s = await aVotingSession(t, { size: 6 });
  });
  afterAll(() => t.close());

  const closeWith = async (poll: { id: string }, body: Record<string, unknown> = {}) => {
    const closed = await s.secretariat.post(`/polls/${poll.id}/close`, body);
    expect(closed.status).toBe(200);
    return closed.body.result;
  };

  it.each([
    // majority, yes, no, abstain, outcome: of 6 sitting and eligible members
    ['simple', 2, 1, 3, 'adopted'], // abstentions count for nothing
    ['simple', 2, 2, 1, 'adopted'], // a tie: the chair (yes) breaks it
    ['absolute', 3, 0, 3, 'adopted'], // exactly half of 6 sitting: the chair breaks the tie
    ['absolute', 2, 0, 4, 'rejected'], // not more than half of the sitting: abstentions weigh as no
    ['two_thirds', 4, 2, 0, 'adopted'],
    ['two_thirds', 3, 2, 1, 'rejected'],
    ['unanimity', 4, 0, 2, 'adopted'], // abstentions do not break unanimity
    ['unanimity', 5, 1, 0, 'rejected'],
  ])(
    'a show of hands by %s majority with %i yes, %i no, %i abstain is %s',
    async (majority, yes, no, abstain, outcome) => {
      const poll = await s.anOpenPoll({ method: 'show_of_hands', majority });
      const result = await closeWith(poll, { counts: { yes, no, abstain }, chairChoice: 'yes' });
      expect(result).toMatchObject({ yes, no, abstain, cast: yes + no + abstain, eligible: 6, outcome });
    },
  );

  it('rejects a tie when the body gives the chair no casting vote', async () => {
    const other = await aVotingSession(t, { size: 4, body: { chairHasCastingVote: false } });
    const poll = await other.anOpenPoll({ method: 'show_of_hands' });
    const closed = await other.secretariat.post(`/polls/${poll.id}/close`, {
      counts: { yes: 2, no: 2, abstain: 0 },
      chairChoice: 'yes',
    });
    expect(closed.body.result).toMatchObject({ outcome: 'rejected', decidedByCastingVote: false });
  });

  it('never lets the chair break a tie in a secret poll', async () => {
    const poll = await s.anOpenPoll({ method: 'secret' });
    const choices = ['yes', 'yes', 'no', 'no', 'abstain', 'abstain'];
    for (const [i, member] of s.members.entries()) {
      expect((await member.http.post(`/polls/${poll.id}/ballots`, { choice: choices[i] })).status).toBe(201);
    }
    const result = await closeWith(poll);
    expect(result).toEqual({
      yes: 2,
      no: 2,
      abstain: 2,
      cast: 6,
      eligible: 6,
      outcome: 'rejected',
      decidedByCastingVote: false,
    });
  });

  it('breaks a roll-call tie by the chair’s own ballot', async () => {
    const poll = await s.anOpenPoll({ method: 'roll_call' });
    const vote = (m: Voter, choice: string) => m.http.post(`/polls/${poll.id}/ballots`, { choice });
    await vote(s.members[0], 'no');
    await vote(s.members[1], 'yes');
    expect(await closeWith(poll)).toMatchObject({ yes: 1, no: 1, outcome: 'rejected', decidedByCastingVote: true });
  });

  it('refuses show-of-hands counts beyond the eligible members with 422, and leaves the poll open', async () => {
    const poll = await s.anOpenPoll({ method: 'show_of_hands' });
    const closed = await s.secretariat.post(`/polls/${poll.id}/close`, { counts: { yes: 5, no: 2, abstain: 0 } });
    expect(closed.status).toBe(422);
    expect(closed.body).toMatchObject({
      code: 'tally.too_many',
      message: '7 voix décomptées, mais seuls 6 membres peuvent voter',
      details: [expect.objectContaining({ field: 'counts', code: 'tally.too_many' })],
    });
    expect((await t.admin.get(`/polls/${poll.id}`)).body.status).toBe('open');
    const missing = await s.secretariat.post(`/polls/${poll.id}/close`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual([expect.objectContaining({ field: 'counts', code: 'poll.counts_required' })]);
  });

  it('checks the quorum again at the close: lost meanwhile, the poll ends no_quorum', async () => {
    const poll = await s.anOpenPoll({ method: 'roll_call' });
    await s.members[1].http.post(`/polls/${poll.id}/ballots`, { choice: 'yes' });
    for (const member of s.members.slice(2)) await s.record(member, 'absent');
    try {
      expect(await closeWith(poll)).toMatchObject({ yes: 1, cast: 1, outcome: 'no_quorum' });
    } finally {
      for (const member of s.members.slice(2)) await s.record(member, 'present');
    }
  });

  it('stores the result once: a second close is 409 and the database refuses to change a closed poll', async () => {
    const poll = await s.anOpenPoll({ method: 'show_of_hands' });
    const first = await closeWith(poll, { counts: { yes: 4, no: 1, abstain: 1 } });
    const again = await s.secretariat.post(`/polls/${poll.id}/close`, { counts: { yes: 0, no: 6, abstain: 0 } });
    expect(again.status).toBe(409);
    await expect(t.sql(`UPDATE polls SET result = '{}'::jsonb WHERE id = $1`, [poll.id])).rejects.toThrow(
      /never changes/,
    );
    await expect(t.sql('DELETE FROM polls WHERE id = $1', [poll.id])).rejects.toThrow(/never changes/);
    expect((await t.admin.get(`/polls/${poll.id}`)).body.result).toEqual(first);
  });
});
