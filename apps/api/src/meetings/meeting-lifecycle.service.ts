import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgendaItemEntity, AgendaVersionEntity, appendAudit, BodyEntity, MeetingEntity } from '@quorum/db';
import {
  checkNotice,
  ConflictError,
  MeetingAction,
  nextMeetingState,
  quarterOf,
  RuleViolationError,
} from '@quorum/domain';
import { DataSource, EntityManager } from 'typeorm';
import { agendaItems, latestVersion, snapshotOf } from '../agenda/agenda-snapshot';
import { meetingRoll } from '../attendance/meeting-roll';
import { frenchDate, localDate, parseStartsAt } from './body-time';
import { ConveneDto, ReconveneDto } from './dto/meeting.dto';
import { MeetingResponse, toMeetingResponse } from './dto/meeting.response';
import { meetingWithBody } from './meeting-records';

type Step = (meeting: MeetingEntity, body: BodyEntity, manager: EntityManager) => Promise<void> | void;

/** Moves meetings along planned → convened → in_progress → closed (or cancelled), and reconvenes them. */
@Injectable()
export class MeetingLifecycleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Convenes with a published agenda and the body's notice period, or urgently with a reason. */
  convene(actorId: string, meetingId: string, dto: ConveneDto, now = new Date()): Promise<MeetingResponse> {
    return this.transition(actorId, meetingId, 'convene', async (meeting, body, manager) => {
      const version = await latestVersion(manager, meeting.id);
      if (!version) {
        throw new ConflictError('Convening needs a published agenda; publish the agenda first', [
          { field: 'agenda', message: 'has no published version' },
        ]);
      }
      const zone = body.meetingSlot.timeZone;
      const { urgentReason } = checkNotice({
        conveningDate: localDate(now, zone),
        meetingDate: localDate(meeting.startsAt, zone),
        noticeDays: body.noticeDays,
        urgent: dto.urgent,
        reason: dto.reason,
      });
      Object.assign(meeting, { urgentReason, convenedAt: now, convenedAgendaVersion: version.number });
    });
  }

  open(actorId: string, meetingId: string, now = new Date()): Promise<MeetingResponse> {
    return this.transition(actorId, meetingId, 'open', (meeting) => {
      meeting.openedAt = now;
    });
  }

  /** Closes the sitting and keeps the quorum as it then stood: without it, the meeting may be reconvened. */
  close(actorId: string, meetingId: string, now = new Date()): Promise<MeetingResponse> {
    return this.transition(actorId, meetingId, 'close', async (meeting, body, manager) => {
      meeting.closedAt = now;
      meeting.quorumAtClose = (await meetingRoll(manager, meeting, body)).quorum;
    });
  }

  cancel(actorId: string, meetingId: string, reason: string | undefined, now = new Date()): Promise<MeetingResponse> {
    return this.transition(actorId, meetingId, 'cancel', (meeting) => {
      Object.assign(meeting, {
        cancelledAt: now,
        cancelReason: reason?.trim() || null,
        sequence: meeting.sequence + 1,
      });
    });
  }

  /**
   * A meeting closed without quorum is convened again on the same agenda: a new meeting whose
   * agenda is a published copy of the last one, and which needs no quorum (décret 2006-672).
   */
  async reconvene(actorId: string, meetingId: string, dto: ReconveneDto): Promise<MeetingResponse> {
    const startsAt = parseStartsAt(dto.startsAt);
    return this.dataSource.transaction(async (manager) => {
      const { meeting: original, body } = await meetingWithBody(manager, meetingId, true);
      const zone = body.meetingSlot.timeZone;
      this.assertReconvenable(original);
      const already = await manager.getRepository(MeetingEntity).findOneBy({ reconvenedFromId: original.id });
      if (already) {
        throw new ConflictError(`This meeting was already reconvened as meeting ${already.id}`, [
          { field: 'meetingId', message: 'is already reconvened' },
        ]);
      }
      if (startsAt <= original.startsAt) {
        throw new RuleViolationError('A reconvened meeting takes place after the one that lacked quorum', [
          { field: 'startsAt', message: 'must be after the original meeting' },
        ]);
      }
      const meeting = await manager.getRepository(MeetingEntity).save(
        manager.create(MeetingEntity, {
          bodyId: body.id,
          kind: 'extraordinary',
          title: `${original.title} — nouvelle convocation sans condition de quorum`,
          quarter: quarterOf(localDate(startsAt, zone)),
          startsAt,
          durationMinutes: dto.durationMinutes ?? original.durationMinutes,
          location: dto.location === undefined ? original.location : dto.location,
          videoUrl: dto.videoUrl === undefined ? original.videoUrl : dto.videoUrl,
          status: 'planned',
          quorumRequired: false,
          reconvenedFromId: original.id,
          sequence: 0,
        }),
      );
      await this.copyAgenda(manager, original, meeting, actorId, frenchDate(original.startsAt, zone));
      const after = toMeetingResponse(meeting, zone);
      await appendAudit(manager, {
        actorId,
        action: 'meeting.reconvene',
        entityType: 'meeting',
        entityId: meeting.id,
        after,
      });
      return after;
    });
  }

  private assertReconvenable(meeting: MeetingEntity): void {
    if (meeting.status !== 'closed' || !meeting.quorumAtClose) {
      throw new ConflictError(`Only a closed meeting can be reconvened; this one is ${meeting.status}`, [
        { field: 'status', message: `is ${meeting.status}; reconvening needs closed` },
      ]);
    }
    if (meeting.quorumAtClose.met) {
      throw new ConflictError('This meeting had its quorum; there is nothing to reconvene', [
        { field: 'quorumAtClose', message: 'was met' },
      ]);
    }
  }

  private async copyAgenda(
    manager: EntityManager,
    from: MeetingEntity,
    to: MeetingEntity,
    actorId: string,
    fromDate: string,
  ): Promise<void> {
    const source = await latestVersion(manager, from.id);
    const items = source ? source.items : (await agendaItems(manager, from.id)).map((item) => snapshotOf(item));
    const copies = await manager
      .getRepository(AgendaItemEntity)
      .save(
        items.map(({ id: _id, ...item }) =>
          manager.create(AgendaItemEntity, { ...item, meetingId: to.id, standard: null }),
        ),
      );
    const version = await manager.getRepository(AgendaVersionEntity).save(
      manager.create(AgendaVersionEntity, {
        meetingId: to.id,
        number: 1,
        items: copies.map(snapshotOf),
        changeNote: `Même ordre du jour que la séance du ${fromDate}, tenue sans quorum`,
        publishedAt: new Date(),
        publishedBy: actorId,
      }),
    );
    await appendAudit(manager, {
      actorId,
      action: 'agenda.publish',
      entityType: 'agenda_version',
      entityId: version.id,
      after: { meetingId: to.id, number: 1, changeNote: version.changeNote, items: version.items },
    });
  }

  private async transition(
    actorId: string,
    meetingId: string,
    action: MeetingAction,
    step: Step,
  ): Promise<MeetingResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, body } = await meetingWithBody(manager, meetingId, true);
      const zone = body.meetingSlot.timeZone;
      const before = toMeetingResponse(meeting, zone);
      const status = nextMeetingState(meeting.status, action);
      await step(meeting, body, manager);
      meeting.status = status;
      const after = toMeetingResponse(await manager.getRepository(MeetingEntity).save(meeting), zone);
      await appendAudit(manager, {
        actorId,
        action: `meeting.${action}`,
        entityType: 'meeting',
        entityId: meetingId,
        before,
        after,
      });
      return after;
    });
  }
}
