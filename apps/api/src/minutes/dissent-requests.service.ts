import { Injectable } from '@nestjs/common';
import { Repositories, stateOf, UnitOfWork } from '@quorum/db';
import {
  assertMayRequestDissent,
  assertMinutesOpen,
  decideDissentRequest,
  DissentRequestDecision,
  minutesDraftContentOf,
  withDissentRecorded,
} from '@quorum/domain';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { CreateDissentRequestDto, DissentRequestResponse, toDissentRequestResponse } from './dto/dissent-request.dto';

/**
 * Members who attended a meeting ask for their dissent to be recorded under an item; the
 * secretariat accepts it into the minutes draft or declines it with a reason, until the minutes
 * are approved.
 */
@Injectable()
export class DissentRequestsService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  request(actor: AuthenticatedUser, meetingId: string, dto: CreateDissentRequestDto): Promise<DissentRequestResponse> {
    return this.unitOfWork.run(actor.id, async ({ repos, audit }) => {
      const { meeting, body } = await repos.meetings.lockWithBody(meetingId);
      assertMinutesOpen(meeting.status, await repos.minutes.approvedNumber(meetingId));
      // One statement at a time: a transaction's connection runs them in turn anyway.
      const roll = await repos.attendance.roll(meeting, body);
      const agenda = await repos.minutes.agendaAsHeld(meetingId);
      const own = roll.sitting.find((m) => actor.personId !== null && m.personId === actor.personId);
      const membershipId = assertMayRequestDissent({
        requester: actor,
        mandate: own
          ? {
              membershipId: own.membershipId,
              attendance: roll.attendance.find((a) => a.membershipId === own.membershipId)?.status ?? null,
            }
          : null,
        itemId: dto.itemId,
        agendaItemIds: new Set(agenda.map((item) => item.id)),
      });
      const request = await repos.dissentRequests.create({
        meetingId,
        agendaItemId: dto.itemId,
        membershipId,
        text: dto.text.trim(),
        requestedBy: actor.id,
      });
      audit({
        action: 'minutes.dissent.request',
        entityType: 'dissent_request',
        entityId: request.id,
        after: stateOf(request),
      });
      return toDissentRequestResponse({ ...request, fullName: own?.fullName ?? '' });
    });
  }

  /** The meeting's requests: all of them for the secretariat, their own for a member. */
  async list(reader: AuthenticatedUser, meetingId: string): Promise<DissentRequestResponse[]> {
    await this.repos.meetings.assertExists(meetingId);
    const requests = await this.repos.dissentRequests.ofMeeting(meetingId);
    return requests
      .filter((r) => reader.role !== 'member' || r.requestedBy === reader.id)
      .map(toDissentRequestResponse);
  }

  /** Records the dissent in the minutes draft, under its item. */
  accept(actorId: string, requestId: string): Promise<DissentRequestResponse> {
    return this.decide(actorId, requestId, 'accept');
  }

  decline(actorId: string, requestId: string, reason: string): Promise<DissentRequestResponse> {
    return this.decide(actorId, requestId, 'decline', reason.trim());
  }

  private decide(
    actorId: string,
    requestId: string,
    decision: DissentRequestDecision,
    reason?: string,
  ): Promise<DissentRequestResponse> {
    return this.unitOfWork.run(actorId, async ({ repos, now, audit }) => {
      const found = await repos.dissentRequests.get(requestId);
      const { meeting } = await repos.meetings.lockWithBody(found.meetingId);
      // Read again under the meeting's lock: a concurrent decision may have landed meanwhile.
      const request = await repos.dissentRequests.get(requestId);
      const status = decideDissentRequest(request.status, decision);
      assertMinutesOpen(meeting.status, await repos.minutes.approvedNumber(meeting.id));
      const before = stateOf(request);
      if (decision === 'accept') {
        const stored = await repos.minutes.draft(meeting.id);
        const draft = withDissentRecorded(minutesDraftContentOf(stored), request.agendaItemId, {
          membershipId: request.membershipId,
          text: request.text,
        });
        await repos.minutes.saveDraft(meeting.id, draft, actorId);
        audit({
          action: 'minutes.draft',
          entityType: 'minutes_draft',
          entityId: meeting.id,
          before: stored ? stateOf(stored) : null,
          after: draft,
        });
      }
      Object.assign(request, { status, decidedBy: actorId, decidedAt: now, declineReason: reason ?? null });
      const saved = await repos.dissentRequests.save(request);
      audit({
        action: `minutes.dissent.${decision}`,
        entityType: 'dissent_request',
        entityId: requestId,
        before,
        after: stateOf(saved),
      });
      const named = (await repos.dissentRequests.ofMeeting(meeting.id)).find((r) => r.id === requestId);
      return toDissentRequestResponse({ ...saved, fullName: named?.fullName ?? '' });
    });
  }
}
