import { Injectable } from '@nestjs/common';
import { Repositories, UnitOfWork } from '@quorum/db';
import { assertPollAcceptsBallots, authoriseBallot, BallotCaller } from '@quorum/domain';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { MeetingEvents } from '../events/meeting-events.service';
import { loadVotingRoll } from './voting-roll';
import { BallotResponse, CastBallotDto } from './dto/ballot.dto';

/**
 * Casts ballots. One ballot per member per poll is the database's to enforce (a unique key on the
 * named ballots, the primary key of participations), not a check before the insert: of concurrent
 * ballots for one member exactly one commits and the others get a 409.
 *
 * A secret ballot writes who took part and what was chosen into two tables that share nothing but
 * the poll; the audit event names the member, never the choice; the response does not echo it.
 */
@Injectable()
export class BallotsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly events: MeetingEvents,
  ) {}

  async cast(user: AuthenticatedUser, pollId: string, dto: CastBallotDto): Promise<BallotResponse> {
    const { response, meetingId, eligible } = await this.unitOfWork.run(user.id, async ({ repos, now, audit }) => {
      const poll = await repos.polls.lock(pollId, 'share');
      assertPollAcceptsBallots(poll.status);
      const { meeting, body } = await repos.meetings.withBody(poll.meetingId);
      const roll = await loadVotingRoll(repos, meeting, body, poll.agendaItemId);
      const voter = authoriseBallot({
        method: poll.method,
        caller: await callerOf(repos, user, body.id, roll.date),
        onBehalfOfMembershipId: dto.onBehalfOfMembershipId ?? null,
        voters: roll.voters,
        recusedIds: roll.recusedIds,
      });
      const who = { pollId, membershipId: voter.membershipId, proxyHolderMembershipId: voter.proxyHolderMembershipId };
      let cast: number;
      if (poll.method === 'secret') {
        await repos.participations.insert(who);
        await repos.secretChoices.insert(pollId, dto.choice);
        audit({ action: 'poll.participate', entityType: 'poll', entityId: pollId, after: who });
        cast = await repos.participations.count(pollId);
      } else {
        await repos.ballots.insert({ ...who, choice: dto.choice, enteredBy: user.id, castAt: now });
        audit({ action: 'ballot.cast', entityType: 'poll', entityId: pollId, after: { ...who, choice: dto.choice } });
        cast = await repos.ballots.count(pollId);
      }
      const response: BallotResponse = {
        ...who,
        byProxy: voter.proxyHolderMembershipId !== null,
        ...(poll.method === 'secret' ? {} : { choice: dto.choice }),
        cast,
      };
      return { response, meetingId: poll.meetingId, eligible: roll.voters.length };
    });
    this.events.publish({ type: 'poll.ballots', meetingId, pollId, cast: response.cast, eligible });
    return response;
  }
}

/** The secretariat enters roll-call answers; a member votes by the mandate they hold on the meeting's date. */
async function callerOf(
  repos: Repositories,
  user: AuthenticatedUser,
  bodyId: string,
  date: string,
): Promise<BallotCaller> {
  if (user.role === 'admin' || user.role === 'secretariat') return { kind: 'staff' };
  const mandate = user.personId ? await repos.memberships.heldBy(bodyId, user.personId, date) : null;
  return { kind: 'member', ownMembershipId: mandate?.id ?? null };
}
