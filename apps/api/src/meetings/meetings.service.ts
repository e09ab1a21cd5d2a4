import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { appendAudit, BodyEntity, MeetingEntity, PG, pgErrorCode } from '@quorum/db';
import {
  assertMeetingAllows,
  checkNotice,
  ConflictError,
  quarterlyMeetingDates,
  quarterOf,
  ValidationError,
} from '@quorum/domain';
import { DataSource, EntityManager, In, Like } from 'typeorm';
import { rejectNulls } from '../common/reject-nulls';
import { isFrenchPublicHoliday, localDate, localInstant, parseStartsAt } from './body-time';
import { CreateMeetingDto, UpdateMeetingDto } from './dto/meeting.dto';
import { MeetingResponse, ScheduleResponse, toMeetingResponse } from './dto/meeting.response';
import { addMinutesApprovalItem, findBody, meetingWithBody } from './meeting-records';

const ORDINAL = ['1er', '2e', '3e', '4e'];

@Injectable()
export class MeetingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(bodyId: string, year?: number): Promise<MeetingResponse[]> {
    const body = await findBody(this.dataSource.manager, bodyId);
    const meetings = await this.dataSource.getRepository(MeetingEntity).find({
      where: { bodyId, ...(year !== undefined ? { quarter: Like(`${year}-Q%`) } : {}) },
      order: { startsAt: 'ASC' },
    });
    return meetings.map((m) => toMeetingResponse(m, body.meetingSlot.timeZone));
  }

  async get(meetingId: string): Promise<MeetingResponse> {
    const { meeting, body } = await meetingWithBody(this.dataSource.manager, meetingId);
    return toMeetingResponse(meeting, body.meetingSlot.timeZone);
  }

  /** A single meeting, extraordinary unless said otherwise, at the given time. */
  async create(actorId: string, bodyId: string, dto: CreateMeetingDto): Promise<MeetingResponse> {
    const startsAt = parseStartsAt(dto.startsAt);
    return this.quarterGuard(() =>
      this.dataSource.transaction(async (manager) => {
        const body = await findBody(manager, bodyId);
        const slot = body.meetingSlot;
        const meeting = await this.insertMeeting(manager, body, {
          kind: dto.kind ?? 'extraordinary',
          title: dto.title,
          startsAt,
          durationMinutes: dto.durationMinutes ?? slot.durationMinutes,
          location: dto.location === undefined ? slot.location : dto.location,
          videoUrl: dto.videoUrl === undefined ? slot.videoUrl : dto.videoUrl,
        });
        const after = toMeetingResponse(meeting, slot.timeZone);
        await appendAudit(manager, {
          actorId,
          action: 'meeting.create',
          entityType: 'meeting',
          entityId: meeting.id,
          after,
        });
        return after;
      }),
    );
  }

  /**
   * One ordinary meeting per quarter of `year` at the body's slot, off French public holidays.
   * Idempotent: quarters that already have their ordinary meeting are left as they are; the body
   * row is locked so that two concurrent calls run one after the other.
   */
  async schedule(actorId: string, bodyId: string, year: number): Promise<ScheduleResponse> {
    return this.dataSource.transaction(async (manager) => {
      const body = await findBody(manager, bodyId, true);
      const slot = body.meetingSlot;
      const planned = quarterlyMeetingDates(year, slot, isFrenchPublicHoliday);
      const repo = manager.getRepository(MeetingEntity);
      const existing = await repo.find({
        where: { bodyId, kind: 'ordinary', quarter: In(planned.map((p) => p.quarter)) },
      });
      const taken = new Set(existing.map((m) => m.quarter));
      let created = 0;
      for (const [index, { quarter, date }] of planned.entries()) {
        if (taken.has(quarter)) continue;
        const meeting = await this.insertMeeting(manager, body, {
          kind: 'ordinary',
          title: `Séance ordinaire du ${ORDINAL[index]} trimestre ${year}`,
          startsAt: localInstant(date, slot.time, slot.timeZone),
          durationMinutes: slot.durationMinutes,
          location: slot.location,
          videoUrl: slot.videoUrl ?? null,
        });
        const after = toMeetingResponse(meeting, slot.timeZone);
        await appendAudit(manager, {
          actorId,
          action: 'meeting.schedule',
          entityType: 'meeting',
          entityId: meeting.id,
          after,
        });
        created += 1;
      }
      const meetings = await repo.find({
        where: { bodyId, kind: 'ordinary', quarter: In(planned.map((p) => p.quarter)) },
        order: { startsAt: 'ASC' },
      });
      return { year, created, meetings: meetings.map((m) => toMeetingResponse(m, slot.timeZone)) };
    });
  }

  /** Moves or edits a meeting until it opens; a convened meeting keeps its notice period, unless urgent. */
  async update(actorId: string, meetingId: string, dto: UpdateMeetingDto, now = new Date()): Promise<MeetingResponse> {
    if (Object.keys(dto).length === 0) {
      throw new ValidationError('Nothing to change', [{ field: 'body', message: 'names no field to change' }]);
    }
    rejectNulls(dto, ['title', 'startsAt', 'durationMinutes', 'kind']);
    return this.quarterGuard(() =>
      this.dataSource.transaction(async (manager) => {
        const { meeting, body } = await meetingWithBody(manager, meetingId, true);
        assertMeetingAllows(meeting.status, 'edit');
        const zone = body.meetingSlot.timeZone;
        const before = toMeetingResponse(meeting, zone);
        const { startsAt, ...rest } = dto;
        Object.assign(meeting, rest);
        if (startsAt !== undefined) {
          meeting.startsAt = parseStartsAt(startsAt);
          meeting.quarter = quarterOf(localDate(meeting.startsAt, zone));
          if (meeting.status === 'convened' && meeting.urgentReason === null) {
            checkNotice({
              conveningDate: localDate(now, zone),
              meetingDate: localDate(meeting.startsAt, zone),
              noticeDays: body.noticeDays,
            });
          }
        }
        meeting.sequence += 1;
        const after = toMeetingResponse(await manager.getRepository(MeetingEntity).save(meeting), zone);
        await appendAudit(manager, {
          actorId,
          action: 'meeting.update',
          entityType: 'meeting',
          entityId: meetingId,
          before,
          after,
        });
        return after;
      }),
    );
  }

  private async insertMeeting(
    manager: EntityManager,
    body: BodyEntity,
    fields: Pick<MeetingEntity, 'kind' | 'title' | 'startsAt' | 'durationMinutes' | 'location' | 'videoUrl'>,
  ): Promise<MeetingEntity> {
    const zone = body.meetingSlot.timeZone;
    const meeting = await manager.getRepository(MeetingEntity).save(
      manager.create(MeetingEntity, {
        ...fields,
        bodyId: body.id,
        quarter: quarterOf(localDate(fields.startsAt, zone)),
        status: 'planned',
        quorumRequired: true,
        sequence: 0,
      }),
    );
    await addMinutesApprovalItem(manager, meeting, zone);
    return meeting;
  }

  private async quarterGuard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (pgErrorCode(error) === PG.uniqueViolation) {
        throw new ConflictError('This quarter already has its ordinary meeting; make this one extraordinary', [
          { field: 'kind', message: 'ordinary is taken for this quarter' },
        ]);
      }
      throw error;
    }
  }
}
