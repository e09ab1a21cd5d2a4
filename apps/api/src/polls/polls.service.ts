import { Injectable, Logger } from '@nestjs/common';
import { PollEntity, Repositories, UnitOfWork, Work } from '@quorum/db';
import {
  assertAmendmentsVotedFirst,
  assertCountsPossible,
  assertItemMayHoldPoll,
  assertProposalMayBeVoted,
  castingVoteOf,
  Choice,
  ConflictError,
  countChoices,
  Counts,
  nextPollState,
  nextProposalState,
  pollMayOpen,
  proposalActionOf,
  RuleViolationError,
  tallyBallots,
  termOf,
  ValidationError,
} from '@quorum/domain';
import { recommendAdopted } from '../common/recommend-adopted';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { MeetingEvents } from '../events/meeting-events.service';
import { ClosePollDto, CreatePollDto } from './dto/poll.dto';
import { pollSnapshot, PollResponse, toPollResponse } from './dto/poll.response';
import { PollReader } from './poll-reader';
import { loadVotingRoll, VotingRoll } from './voting-roll';

/**
 * Polls on agenda items: prepared, opened in session with the quorum, closed once with a result a
 * rule of libs/domain computes. Ballots are cast through BallotsService.
 */
@Injectable()
export class PollsService {
  private readonly logger = new Logger('Polls');

  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: MeetingEvents,
    private readonly reader: PollReader,
  ) {}

  get(user: AuthenticatedUser, pollId: string): Promise<PollResponse> {
    return this.reader.read(user, pollId);
  }

  async ofMeeting(user: AuthenticatedUser, meetingId: string): Promise<PollResponse[]> {
    await this.repos.meetings.withBody(meetingId);
    const polls = await this.repos.polls.ofMeeting(meetingId);
    return Promise.all(polls.map((p) => this.reader.read(user, p.id)));
  }

  create(user: AuthenticatedUser, itemId: string, dto: CreatePollDto): Promise<PollResponse> {
    return this.unitOfWork.run(user.id, async ({ repos, audit }) => {
      const item = await repos.agenda.item(itemId);
      const { meeting, body } = await repos.meetings.lockWithBody(item.meetingId);
      if (meeting.status === 'closed' || meeting.status === 'cancelled') {
        throw new ConflictError('poll.meeting_not_open', { status: termOf('meeting_status', meeting.status) }, [
          'status',
        ]);
      }
      assertItemMayHoldPoll(item);
      const proposalId = dto.proposalId ?? item.proposalId;
      if (proposalId) {
        const proposal = await repos.proposals.get(proposalId);
        if (proposal.bodyId !== body.id) {
          throw new ValidationError('poll.proposal_other_body', {}, ['proposalId']);
        }
      }
      const poll = await repos.polls.create({
        meetingId: meeting.id,
        agendaItemId: item.id,
        proposalId,
        question: dto.question,
        method: dto.method,
        majority: dto.majority ?? body.defaultMajority,
        status: 'draft',
        openedAt: null,
        closedAt: null,
        quorumAtOpen: null,
        quorumAtClose: null,
        result: null,
        createdBy: user.id,
      });
      audit({ action: 'poll.create', entityType: 'poll', entityId: poll.id, after: pollSnapshot(poll) });
      return toPollResponse(poll, { cast: 0, eligible: 0 });
    });
  }

  /** Opens a poll: the meeting in session with its quorum, and a proposal's amendments voted first. */
  async open(user: AuthenticatedUser, pollId: string): Promise<PollResponse> {
    const { poll, roll } = await this.unitOfWork.run(user.id, async ({ repos, now, audit }) => {
      const poll = await repos.polls.lock(pollId, 'update');
      const before = pollSnapshot(poll);
      const status = nextPollState(poll.status, 'open');
      const { meeting, body } = await repos.meetings.lockWithBody(poll.meetingId);
      const roll = await loadVotingRoll(repos, meeting, body, poll.agendaItemId);
      const may = pollMayOpen(meeting, roll.quorum);
      if (!may.allowed) {
        throw new RuleViolationError(may.code, may.params, ['meeting']);
      }
      if (poll.proposalId) {
        const proposal = await repos.proposals.lock(poll.proposalId);
        assertProposalMayBeVoted(proposal.status);
        assertAmendmentsVotedFirst(await repos.proposals.amendmentsOf(proposal.id));
      }
      Object.assign(poll, { status, openedAt: now, quorumAtOpen: roll.quorum });
      const saved = await repos.polls.save(poll);
      audit({ action: 'poll.open', entityType: 'poll', entityId: pollId, before, after: pollSnapshot(saved) });
      return { poll: saved, roll };
    });
    const eligible = roll.voters.length;
    this.events.publish({ type: 'quorum', meetingId: poll.meetingId, quorum: roll.quorum });
    this.events.publish({
      type: 'poll.opened',
      meetingId: poll.meetingId,
      pollId,
      question: poll.question,
      method: poll.method,
      eligible,
    });
    return toPollResponse(poll, { cast: 0, eligible });
  }

  /**
   * Closes a poll once: the counts (entered, named or secret), the quorum checked again, the chair's
   * casting vote where allowed, the result computed by tallyBallots and stored for good; a poll on a
   * proposal adopts or rejects it.
   */
  async close(user: AuthenticatedUser, pollId: string, dto: ClosePollDto): Promise<PollResponse> {
    const poll = await this.unitOfWork.run(user.id, async (work) => {
      const { repos, now, audit } = work;
      // FOR UPDATE waits for the ballots in flight (they hold the poll FOR SHARE); later ones find it closed.
      const poll = await repos.polls.lock(pollId, 'update');
      const before = pollSnapshot(poll);
      const status = nextPollState(poll.status, 'close');
      const { meeting, body } = await repos.meetings.lockWithBody(poll.meetingId);
      const roll = await loadVotingRoll(repos, meeting, body, poll.agendaItemId);
      const { counts, voted, chairChoice } = await this.countsAtClose(work, poll, roll, dto);
      // A member who voted and left since still counts among those who could vote.
      const eligible = new Set([...roll.voters.map((v) => v.membershipId), ...voted]).size;
      const result = tallyBallots({
        counts,
        majority: poll.majority,
        eligible,
        sitting: roll.sitting.length,
        quorumMet: roll.quorum.met,
        castingVote: castingVoteOf({
          method: poll.method,
          majority: poll.majority,
          chairHasCastingVote: body.chairHasCastingVote,
          chairChoice,
        }),
      });
      if (poll.proposalId) await this.decideProposal(work, poll, proposalActionOf(result.outcome));
      Object.assign(poll, { status, closedAt: now, quorumAtClose: roll.quorum, result });
      const saved = await repos.polls.save(poll);
      audit({ action: 'poll.close', entityType: 'poll', entityId: pollId, before, after: pollSnapshot(saved) });
      return saved;
    });
    if (poll.method === 'secret') {
      await this.repos.secretChoices.vacuum().catch((error: Error) => this.logger.warn(`VACUUM: ${error.message}`));
    }
    const result = poll.result!;
    this.events.publish({ type: 'poll.closed', meetingId: poll.meetingId, pollId, status: poll.status, result });
    if (poll.quorumAtClose) {
      this.events.publish({ type: 'quorum', meetingId: poll.meetingId, quorum: poll.quorumAtClose });
    }
    return this.reader.read(user, pollId);
  }

  private async countsAtClose(
    { repos }: Work,
    poll: PollEntity,
    roll: VotingRoll,
    dto: ClosePollDto,
  ): Promise<{ counts: Counts; voted: string[]; chairChoice: Choice | null }> {
    if (poll.method !== 'show_of_hands' && (dto.counts || dto.chairChoice)) {
      throw new ValidationError('poll.counts_show_of_hands_only', { method: poll.method }, [
        dto.counts ? 'counts' : 'chairChoice',
      ]);
    }
    if (poll.method === 'show_of_hands') {
      if (!dto.counts) {
        throw new ValidationError('poll.counts_required', {}, ['counts']);
      }
      assertCountsPossible(dto.counts, roll.voters.length);
      return { counts: dto.counts, voted: [], chairChoice: dto.chairChoice ?? null };
    }
    if (poll.method === 'roll_call') {
      const ballots = await repos.ballots.choices(poll.id);
      const chair = roll.sitting.find((m) => m.role === 'chair');
      const chairBallot = chair && ballots.find((b) => b.membershipId === chair.membershipId);
      return {
        counts: countChoices(ballots.map((b) => b.choice)),
        voted: ballots.map((b) => b.membershipId),
        chairChoice: chairBallot?.choice ?? null,
      };
    }
    // Secret: the choices are rewritten before they are counted (and before the poll is marked
    // closed, after which the database refuses any change to them).
    await repos.secretChoices.rewriteInOneBatch(poll.id);
    return {
      counts: await repos.secretChoices.counts(poll.id),
      voted: await repos.participations.memberIds(poll.id),
      chairChoice: null,
    };
  }

  /** A poll decides a proposal still submitted; one withdrawn meanwhile stays as it is. */
  private async decideProposal(work: Work, poll: PollEntity, action: 'adopt' | 'reject' | null): Promise<void> {
    const { repos, now, audit } = work;
    const proposalId = poll.proposalId!;
    if (action === null) return;
    const proposal = await repos.proposals.lock(proposalId);
    if (proposal.status !== 'submitted') return;
    const before = { status: proposal.status };
    proposal.status = nextProposalState(proposal.status, action);
    proposal.decidedAt = now;
    await repos.proposals.save(proposal);
    audit({
      action: `proposal.${action}`,
      entityType: 'proposal',
      entityId: proposalId,
      before,
      after: { status: proposal.status },
    });
    // An adopted proposal (not an amendment, which only changes its parent's text) goes to the DG.
    if (proposal.status === 'adopted' && proposal.parentId === null) {
      await recommendAdopted(work, proposal, { meetingId: poll.meetingId, pollId: poll.id });
    }
  }
}
