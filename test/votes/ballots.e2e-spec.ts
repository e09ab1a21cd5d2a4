import { startTestApp, TestApp } from '../harness/test-app';
import { aVotingSession, VotingSession } from './voting-session';

// Each member's login is created on first use (argon2 is slow by design): time enough on a busy machine.
jest.setTimeout(120_000);

describe('ballots: one per member, proxies honoured, nothing after the close', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe.each(['secret', 'roll_call'])('in a %s poll', (method) => {
    let s: VotingSession;
    beforeAll(async () => {
      s = await aVotingSession(t);
    });

    it('accepts exactly one of 20 concurrent ballots by one member (201), the rest 409; after the close every ballot is 409', async () => {
      const poll = await s.anOpenPoll({ method });
      const voter = s.members[1];
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          voter.http.post(`/polls/${poll.id}/ballots`, { choice: i % 2 ? 'yes' : 'no' }),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([201, ...Array(19).fill(409)]);
      expect(responses.find((r) => r.status === 409)!.body.code).toBe('ballot.already_voted');
      const table = method === 'secret' ? 'poll_participations' : 'ballots';
      const [stored] = await t.sql(`SELECT count(*)::int AS n FROM ${table} WHERE poll_id = $1`, [poll.id]);
      expect(stored.n).toBe(1);
      if (method === 'secret') {
        const [choices] = await t.sql('SELECT count(*)::int AS n FROM secret_choices WHERE poll_id = $1', [poll.id]);
        expect(choices.n).toBe(1);
      }

      expect((await s.secretariat.post(`/polls/${poll.id}/close`)).status).toBe(200);
      for (const member of s.members.slice(1)) {
        const late = await member.http.post(`/polls/${poll.id}/ballots`, { choice: 'yes' });
        expect(late.status).toBe(409);
        expect(late.body.code).toBe('poll.not_open');
      }
      const result = (await t.admin.get(`/polls/${poll.id}`)).body.result;
      expect(result).toMatchObject({ cast: 1, eligible: 6 });
    });
  });

  describe('proxies, absence and recusal', () => {
    let s: VotingSession;
    // members: 0 chair, 1..3 present, 4 excused with 1's proxy, 5 absent; 3 recused.
    beforeAll(async () => {
      s = await aVotingSession(t, { present: 4 });
      await s.record(s.members[4], 'excused', s.members[1]);
      await s.record(s.members[5], 'absent');
      const recusal = await s.secretariat.post(`/agenda-items/${s.itemId}/recusals`, {
        membershipId: s.members[3].membershipId,
        reason: 'Administrateur de l’association concernée',
      });
      expect(recusal.status).toBe(201);
    });

    it.each(['secret', 'roll_call'])(
      'lets the proxy holder vote for the member they represent, and refuses anyone else, the absent and the recused with 403 (%s)',
      async (method) => {
        const poll = await s.anOpenPoll({ method });
        const [, holder, other, recused, represented, absent] = s.members;
        const vote = (as: typeof holder, onBehalfOf?: typeof holder) =>
          as.http.post(`/polls/${poll.id}/ballots`, {
            choice: 'yes',
            ...(onBehalfOf ? { onBehalfOfMembershipId: onBehalfOf.membershipId } : {}),
          });

        const byOther = await vote(other, represented);
        expect(byOther.status).toBe(403);
        expect(byOther.body).toMatchObject({ code: 'ballot.not_proxy_holder' });
        expect(byOther.body.message).toContain(represented.membershipId);
        const byRepresented = await vote(represented);
        expect(byRepresented.status).toBe(403);
        expect(byRepresented.body.code).toBe('ballot.represented');
        const byAbsent = await vote(absent);
        expect(byAbsent.status).toBe(403);
        expect(byAbsent.body.code).toBe('ballot.not_attending');
        expect(byAbsent.body.message).toContain(absent.membershipId);
        const byRecused = await vote(recused);
        expect(byRecused.status).toBe(403);
        expect(byRecused.body.code).toBe('ballot.recused');

        const byProxy = await vote(holder, represented);
        expect(byProxy.status).toBe(201);
        expect(byProxy.body).toMatchObject({
          membershipId: represented.membershipId,
          byProxy: true,
          proxyHolderMembershipId: holder.membershipId,
        });
        expect((await vote(holder)).status).toBe(201);

        const view = await holder.http.get(`/polls/${poll.id}`);
        expect(view.body).toMatchObject({ cast: 2, eligible: 4 });
        expect(view.body.youVoteFor).toEqual([
          expect.objectContaining({ membershipId: holder.membershipId, byProxy: false, hasVoted: true }),
          expect.objectContaining({ membershipId: represented.membershipId, byProxy: true, hasVoted: true }),
        ]);
      },
    );

    it('says in a roll-call result which ballot was cast by proxy, and by whom', async () => {
      const poll = await s.anOpenPoll({ method: 'roll_call' });
      const [chair, holder, , , represented] = s.members;
      await holder.http.post(`/polls/${poll.id}/ballots`, {
        choice: 'no',
        onBehalfOfMembershipId: represented.membershipId,
      });
      // The secretariat enters the chair's answer as the chair gives it aloud.
      const entered = await s.secretariat.post(`/polls/${poll.id}/ballots`, {
        choice: 'yes',
        onBehalfOfMembershipId: chair.membershipId,
      });
      expect(entered.status).toBe(201);
      const closed = await s.secretariat.post(`/polls/${poll.id}/close`);
      expect(closed.status).toBe(200);
      const byProxy = closed.body.rollCall.find(
        (b: { membershipId: string }) => b.membershipId === represented.membershipId,
      );
      expect(byProxy).toMatchObject({ choice: 'no', byProxy: true, proxyHolderName: expect.any(String) });
      const [holderName] = await t.sql(
        'SELECT p.full_name FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = $1',
        [holder.membershipId],
      );
      expect(byProxy.proxyHolderName).toBe(holderName.full_name);
      // A 1–1 tie: the chair voted yes and the body gives the chair a casting vote.
      expect(closed.body.result).toMatchObject({ yes: 1, no: 1, outcome: 'adopted', decidedByCastingVote: true });
    });

    it('refuses the secretariat casting a secret ballot for a member (403)', async () => {
      const poll = await s.anOpenPoll({ method: 'secret' });
      const response = await s.secretariat.post(`/polls/${poll.id}/ballots`, {
        choice: 'yes',
        onBehalfOfMembershipId: s.members[1].membershipId,
      });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('ballot.secret_own_device');
    });

    it('refuses a recusal of a member who already voted in the open poll (409)', async () => {
      const poll = await s.anOpenPoll({ method: 'roll_call' });
      await s.members[2].http.post(`/polls/${poll.id}/ballots`, { choice: 'yes' });
      const late = await s.secretariat.post(`/agenda-items/${s.itemId}/recusals`, {
        membershipId: s.members[2].membershipId,
        reason: 'Conflit découvert en séance',
      });
      expect(late.status).toBe(409);
      expect(late.body.details).toEqual([
        expect.objectContaining({ field: 'membershipId', code: 'recusal.already_voted' }),
      ]);
    });

    it('refuses a malformed ballot with 400 naming the field, and stores nothing', async () => {
      const poll = await s.anOpenPoll({ method: 'roll_call' });
      const response = await s.members[1].http.post(`/polls/${poll.id}/ballots`, { choice: 'maybe' });
      expect(response.status).toBe(400);
      expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(['choice']);
      expect(await t.sql('SELECT * FROM ballots WHERE poll_id = $1', [poll.id])).toEqual([]);
    });
  });
});
