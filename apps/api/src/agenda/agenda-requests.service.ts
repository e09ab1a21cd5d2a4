import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgendaRequestEntity, appendAudit } from '@quorum/db';
import { assertMeetingAllows, ConflictError, ForbiddenError, NotFoundError } from '@quorum/domain';
import { DataSource, EntityManager } from 'typeorm';
import { sittingMandates } from '../attendance/meeting-roll';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { localDate } from '../meetings/body-time';
import { meetingWithBody } from '../meetings/meeting-records';
import { appendAgendaItem } from './agenda.service';
import { AgendaRequestResponse, CreateAgendaRequestDto, toAgendaRequestResponse } from './dto/agenda-request.dto';

/** Members ask for agenda items; the secretariat accepts them onto the agenda or declines with a reason. */
@Injectable()
export class AgendaRequestsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async request(
    actor: AuthenticatedUser,
    meetingId: string,
    dto: CreateAgendaRequestDto,
  ): Promise<AgendaRequestResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, body } = await meetingWithBody(manager, meetingId, true);
      assertMeetingAllows(meeting.status, 'requestAgendaItem');
      if (actor.role === 'member') {
        const sitting = await sittingMandates(manager, body.id, localDate(meeting.startsAt, body.meetingSlot.timeZone));
        if (!actor.personId || !sitting.some((m) => m.personId === actor.personId)) {
          throw new ForbiddenError('Only a member sitting on the meeting’s date may request an agenda item');
        }
      }
      const request = await manager.getRepository(AgendaRequestEntity).save(
        manager.create(AgendaRequestEntity, {
          meetingId,
          title: dto.title,
          kind: dto.kind ?? 'discussion',
          description: dto.description ?? null,
          durationMinutes: dto.durationMinutes ?? null,
          requestedBy: actor.id,
          requestedByPersonId: actor.personId,
          status: 'pending',
        }),
      );
      const after = toAgendaRequestResponse(request);
      await appendAudit(manager, {
        actorId: actor.id,
        action: 'agenda.request',
        entityType: 'agenda_request',
        entityId: request.id,
        after,
      });
      return after;
    });
  }

  async list(meetingId: string): Promise<AgendaRequestResponse[]> {
    await meetingWithBody(this.dataSource.manager, meetingId);
    const requests = await this.dataSource
      .getRepository(AgendaRequestEntity)
      .find({ where: { meetingId }, order: { createdAt: 'ASC' } });
    return requests.map(toAgendaRequestResponse);
  }

  /** Puts the requested item at the end of the agenda. */
  accept(actorId: string, requestId: string, now = new Date()): Promise<AgendaRequestResponse> {
    return this.decide(actorId, requestId, 'accept', async (request, manager) => {
      const item = await appendAgendaItem(manager, request.meetingId, {
        title: request.title,
        kind: request.kind,
        description: request.description,
        durationMinutes: request.durationMinutes,
      });
      Object.assign(request, { status: 'accepted', agendaItemId: item.id, decidedBy: actorId, decidedAt: now });
    });
  }

  decline(actorId: string, requestId: string, reason: string, now = new Date()): Promise<AgendaRequestResponse> {
    return this.decide(actorId, requestId, 'decline', (request) => {
      Object.assign(request, { status: 'declined', declineReason: reason.trim(), decidedBy: actorId, decidedAt: now });
    });
  }

  private async decide(
    actorId: string,
    requestId: string,
    verb: 'accept' | 'decline',
    apply: (request: AgendaRequestEntity, manager: EntityManager) => Promise<void> | void,
  ): Promise<AgendaRequestResponse> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(AgendaRequestEntity).findOneBy({ id: requestId });
      if (!found) throw new NotFoundError('Agenda request', requestId);
      const { meeting } = await meetingWithBody(manager, found.meetingId, true);
      const request = await manager.getRepository(AgendaRequestEntity).findOneByOrFail({ id: requestId });
      if (request.status !== 'pending') {
        throw new ConflictError(`This request was already ${request.status}; only a pending request can be decided`, [
          { field: 'status', message: `is ${request.status}; ${verb} needs pending` },
        ]);
      }
      assertMeetingAllows(meeting.status, 'editAgenda');
      const before = toAgendaRequestResponse(request);
      await apply(request, manager);
      const after = toAgendaRequestResponse(await manager.getRepository(AgendaRequestEntity).save(request));
      await appendAudit(manager, {
        actorId,
        action: `agenda.request.${verb}`,
        entityType: 'agenda_request',
        entityId: requestId,
        before,
        after,
      });
      return after;
    });
  }
}
