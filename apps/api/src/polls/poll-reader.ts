import { Injectable } from '@nestjs/common';
import { Repositories } from '@quorum/db';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { PollResponse, toPollResponse, VoterForResponse } from './dto/poll.response';
import { loadVotingRoll } from './voting-roll';

/**
 * Reads a poll as its caller may see it: counts so far, the roll call (public by nature), and for a
 * member the ballots they may cast (their own, and those of members whose proxy they hold).
 * A secret poll shows how many took part, never who chose what.
 */
@Injectable()
export class PollReader {
  constructor(private readonly repos: Repositories) {}

  async read(user: AuthenticatedUser, pollId: string): Promise<PollResponse> {
    const repos = this.repos;
    const poll = await repos.polls.get(pollId);
    const { meeting, body } = await repos.meetings.withBody(poll.meetingId);
    const roll = await loadVotingRoll(repos, meeting, body, poll.agendaItemId);
    const voted = new Set(
      poll.method === 'roll_call'
        ? (await repos.ballots.choices(pollId)).map((b) => b.membershipId)
        : poll.method === 'secret'
          ? await repos.participations.memberIds(pollId)
          : [],
    );
    let youVoteFor: VoterForResponse[] | undefined;
    if (user.role === 'member' && user.personId && poll.method !== 'show_of_hands') {
      const own = await repos.memberships.heldBy(body.id, user.personId, roll.date);
      const names = new Map(roll.sitting.map((m) => [m.membershipId, m.fullName]));
      // Their own ballot first, then those they hold by proxy.
      youVoteFor = roll.voters
        .filter((v) =>
          own
            ? (v.membershipId === own.id && v.proxyHolderMembershipId === null) || v.proxyHolderMembershipId === own.id
            : false,
        )
        .sort((a, b) => Number(a.proxyHolderMembershipId !== null) - Number(b.proxyHolderMembershipId !== null))
        .map((v) => ({
          membershipId: v.membershipId,
          fullName: names.get(v.membershipId) ?? '',
          byProxy: v.proxyHolderMembershipId !== null,
          hasVoted: voted.has(v.membershipId),
        }));
    }
    return toPollResponse(poll, {
      cast: voted.size,
      eligible: roll.voters.length,
      ...(poll.method === 'roll_call' ? { rollCall: await repos.ballots.named(pollId) } : {}),
      ...(youVoteFor ? { youVoteFor } : {}),
    });
  }
}
