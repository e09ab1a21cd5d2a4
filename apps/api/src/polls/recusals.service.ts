import { Injectable } from '@nestjs/common';
import { Repositories, UnitOfWork } from '@quorum/db';
import { ConflictError, ForbiddenError, isoDateIn, RuleViolationError, termOf } from '@quorum/domain';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { RecordRecusalDto, RecusalResponse, toRecusalResponse } from './dto/recusal.dto';

/**
 * Recusals: a member with a personal interest in an item takes no part in its votes (décret
 * 2006-672); recorded with the reason, for the minutes. The secretariat records them, or the member
 * recuses themselves.
 */
@Injectable()
export class RecusalsService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async ofItem(itemId: string): Promise<RecusalResponse[]> {
    await this.repos.agenda.item(itemId);
    return (await this.repos.recusals.ofItem(itemId)).map(toRecusalResponse);
  }

  record(user: AuthenticatedUser, itemId: string, dto: RecordRecusalDto): Promise<RecusalResponse> {
    return this.unitOfWork.run(user.id, async ({ repos, now, audit }) => {
      const item = await repos.agenda.item(itemId);
      const { meeting, body } = await repos.meetings.lockWithBody(item.meetingId);
      if (meeting.status === 'closed' || meeting.status === 'cancelled') {
        throw new ConflictError('recusal.meeting_settled', { status: termOf('meeting_status', meeting.status) }, [
          'status',
        ]);
      }
      const date = isoDateIn(meeting.startsAt, body.meetingSlot.timeZone);
      const sitting = await repos.memberships.sittingAmong(body.id, [dto.membershipId], date);
      if (sitting.length === 0) {
        throw new RuleViolationError('recusal.not_sitting', {}, ['membershipId']);
      }
      if (user.role === 'member') {
        const own = user.personId ? await repos.memberships.heldBy(body.id, user.personId, date) : null;
        if (own?.id !== dto.membershipId) throw new ForbiddenError('recusal.self_only');
      }
      await this.assertHasNotVoted(repos, itemId, dto.membershipId);
      const recusal = await repos.recusals.create({
        agendaItemId: itemId,
        membershipId: dto.membershipId,
        reason: dto.reason,
        recordedBy: user.id,
        recordedAt: now,
      });
      audit({
        action: 'recusal.record',
        entityType: 'agenda_item',
        entityId: itemId,
        after: { agendaItemId: itemId, membershipId: dto.membershipId, reason: dto.reason },
      });
      return toRecusalResponse(recusal);
    });
  }

  /** A ballot once cast stays: a member who already voted on the item's open poll is recused too late. */
  private async assertHasNotVoted(repos: Repositories, itemId: string, membershipId: string): Promise<void> {
    for (const poll of await repos.polls.ofItem(itemId)) {
      if (poll.status !== 'open') continue;
      const voted =
        (await repos.ballots.hasVoted(poll.id, membershipId)) ||
        (await repos.participations.hasVoted(poll.id, membershipId));
      if (voted) {
        throw new ConflictError('recusal.already_voted', {}, ['membershipId']);
      }
    }
  }
}
