import { Injectable } from '@nestjs/common';
import { AgendaRequestEntity, Repositories, stateOf, UnitOfWork, Work } from '@quorum/db';
import {
  AgendaRequestDecision,
  assertMayRequestAgendaItem,
  assertMeetingAllows,
  canReadAgendaRequest,
  decideAgendaRequest,
} from '@quorum/domain';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { localDate } from '../common/body-time';
import { AgendaRequestResponse, CreateAgendaRequestDto, toAgendaRequestResponse } from './dto/agenda-request.dto';

/** Members ask for agenda items; the secretariat accepts them onto the agenda or declines with a reason. */
@Injectable()
export class AgendaRequestsService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  request(actor: AuthenticatedUser, meetingId: string, dto: CreateAgendaRequestDto): Promise<AgendaRequestResponse> {
    return this.unitOfWork.run(actor.id, async ({ repos, audit }) => {
      const { meeting, body } = await repos.meetings.lockWithBody(meetingId);
      assertMeetingAllows(meeting.status, 'requestAgendaItem');
      if (actor.role === 'member') {
        const sitting = await repos.memberships.sittingOn(
          body.id,
          localDate(meeting.startsAt, body.meetingSlot.timeZone),
        );
        assertMayRequestAgendaItem(
          actor,
          sitting.map((m) => m.personId),
        );
      }
      const request = await repos.agendaRequests.create({
        meetingId,
        title: dto.title,
        kind: dto.kind ?? 'discussion',
        description: dto.description ?? null,
        durationMinutes: dto.durationMinutes ?? null,
        requestedBy: actor.id,
        requestedByPersonId: actor.personId,
      });
      audit({ action: 'agenda.request', entityType: 'agenda_request', entityId: request.id, after: stateOf(request) });
      return toAgendaRequestResponse(request);
    });
  }

  /** The meeting's requests as the reader may see them: others' declined requests are the secretariat's. */
  async list(meetingId: string, reader: AuthenticatedUser): Promise<AgendaRequestResponse[]> {
    await this.repos.meetings.assertExists(meetingId);
    const requests = await this.repos.agendaRequests.ofMeeting(meetingId);
    return requests
      .filter((request) => canReadAgendaRequest({ userId: reader.id, role: reader.role }, request))
      .map(toAgendaRequestResponse);
  }

  /** Puts the requested item at the end of the agenda. */
  accept(actorId: string, requestId: string): Promise<AgendaRequestResponse> {
    return this.decide(actorId, requestId, 'accept', async (request, { repos }) => {
      const item = await repos.agenda.appendItem(request.meetingId, {
        title: request.title,
        kind: request.kind,
        description: request.description,
        durationMinutes: request.durationMinutes,
      });
      request.agendaItemId = item.id;
    });
  }

  decline(actorId: string, requestId: string, reason: string): Promise<AgendaRequestResponse> {
    return this.decide(actorId, requestId, 'decline', (request) => {
      request.declineReason = reason.trim();
    });
  }

  private decide(
    actorId: string,
    requestId: string,
    decision: AgendaRequestDecision,
    apply: (request: AgendaRequestEntity, work: Work) => Promise<void> | void,
  ): Promise<AgendaRequestResponse> {
    return this.unitOfWork.run(actorId, async (work) => {
      const { repos, now, audit } = work;
      const found = await repos.agendaRequests.get(requestId);
      const { meeting } = await repos.meetings.lockWithBody(found.meetingId);
      // Read again under the meeting's lock: a concurrent decision may have landed meanwhile.
      const request = await repos.agendaRequests.get(requestId);
      const status = decideAgendaRequest(request.status, decision);
      assertMeetingAllows(meeting.status, 'editAgenda');
      const before = stateOf(request);
      await apply(request, work);
      Object.assign(request, { status, decidedBy: actorId, decidedAt: now });
      const saved = await repos.agendaRequests.save(request);
      audit({
        action: `agenda.request.${decision}`,
        entityType: 'agenda_request',
        entityId: requestId,
        before,
        after: stateOf(saved),
      });
      return toAgendaRequestResponse(saved);
    });
  }
}
