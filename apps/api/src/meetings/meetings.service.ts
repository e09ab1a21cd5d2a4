import { Injectable } from '@nestjs/common';
import { BodyEntity, MeetingEntity, MeetingsOfBody, Repositories, stateOf, UnitOfWork } from '@quorum/db';
import {
  assertMeetingAllows,
  backfillReason,
  checkNotice,
  FOLLOW_UP_ITEM_TITLE,
  isPastMeetingDay,
  Language,
  Quarter,
  quarterlyMeetingDates,
  quarterOf,
  recommendationsFollowUp,
  ValidationError,
} from '@quorum/domain';
import { frenchDate, frenchPublicHolidays, localDate, localInstant, parseStartsAt } from '../common/body-time';
import { meetingEventMessage } from '@quorum/queue';
import { Page, Paged } from '../common/pagination';
import { rejectNulls } from '../common/reject-nulls';
import { CreateMeetingDto, UpdateMeetingDto } from './dto/meeting.dto';
import { MeetingResponse, ScheduleResponse, toMeetingResponse } from './dto/meeting.response';
import { auditBackfill } from './meeting-lifecycle.service';

const ORDINAL = ['1er', '2e', '3e', '4e'];

type MeetingFields = Pick<MeetingEntity, 'kind' | 'title' | 'startsAt' | 'durationMinutes' | 'location' | 'videoUrl'>;

/** A body's meetings: planned a year at a time or one by one, and edited until they open. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** One page of a body's meetings in time order (one row more is read, to tell whether a page follows). */
  async list(bodyId: string, which: MeetingsOfBody, page: Page, language: Language): Promise<Paged<MeetingResponse>> {
    const body = await this.repos.bodies.get(bodyId);
    const meetings = await this.repos.meetings.ofBody(bodyId, which, { limit: page.limit + 1, offset: page.offset });
    return {
      items: meetings.slice(0, page.limit).map((m) => toMeetingResponse(m, body.meetingSlot.timeZone, language)),
      more: meetings.length > page.limit,
    };
  }

  async get(meetingId: string, language: Language): Promise<MeetingResponse> {
    const { meeting, body } = await this.repos.meetings.withBody(meetingId);
    return toMeetingResponse(meeting, body.meetingSlot.timeZone, language);
  }

  /** A single meeting, extraordinary unless said otherwise, at the given time; on a past day only as a backfill. */
  create(actorId: string, bodyId: string, dto: CreateMeetingDto, language: Language): Promise<MeetingResponse> {
    const startsAt = parseStartsAt(dto.startsAt);
    return this.unitOfWork.run(actorId, async (work) => {
      const { repos, audit } = work;
      const body = await repos.bodies.get(bodyId);
      const slot = body.meetingSlot;
      const reason = backfillReason(startsAt, work.now, slot.timeZone, dto);
      const meeting = await insertMeeting(repos, body, {
        kind: dto.kind ?? 'extraordinary',
        title: dto.title,
        startsAt,
        durationMinutes: dto.durationMinutes ?? slot.durationMinutes,
        location: dto.location === undefined ? slot.location : dto.location,
        videoUrl: dto.videoUrl === undefined ? slot.videoUrl : dto.videoUrl,
      });
      audit({ action: 'meeting.create', entityType: 'meeting', entityId: meeting.id, after: stateOf(meeting) });
      if (reason !== null) auditBackfill(work, meeting, reason, 'create');
      return toMeetingResponse(meeting, slot.timeZone, language);
    });
  }

  /**
   * One ordinary meeting per quarter of `year` at the body's slot, off French public holidays.
   * Idempotent: quarters that already have their ordinary meeting are left as they are; the body
   * row is locked so that two concurrent calls run one after the other. A quarter whose date has
   * passed (in the body's time zone) is not planned: a past meeting is recorded only as an explicit
   * backfill (`POST /bodies/:bodyId/meetings` with `backfill`), and the answer lists it in `pastQuarters`.
   */
  async schedule(actorId: string, bodyId: string, year: number, language: Language): Promise<ScheduleResponse> {
    // Read before the transaction: the first call loads the holiday library, with no row locked meanwhile.
    const holidays = await frenchPublicHolidays(year);
    return this.unitOfWork.run(actorId, async ({ repos, audit, now }) => {
      const body = await repos.bodies.lock(bodyId);
      const slot = body.meetingSlot;
      const planned = quarterlyMeetingDates(year, slot, (date) => holidays.has(date));
      const quarters = planned.map((p) => p.quarter);
      const taken = new Set((await repos.meetings.ordinaryIn(bodyId, quarters)).map((m) => m.quarter));
      let created = 0;
      const pastQuarters: Quarter[] = [];
      for (const [index, { quarter, date }] of planned.entries()) {
        if (taken.has(quarter)) continue;
        if (isPastMeetingDay(localInstant(date, slot.time, slot.timeZone), now, slot.timeZone)) {
          pastQuarters.push(quarter);
          continue;
        }
        const meeting = await insertMeeting(repos, body, {
          kind: 'ordinary',
          title: `Séance ordinaire du ${ORDINAL[index]} trimestre ${year}`,
          startsAt: localInstant(date, slot.time, slot.timeZone),
          durationMinutes: slot.durationMinutes,
          location: slot.location,
          videoUrl: slot.videoUrl ?? null,
        });
        audit({ action: 'meeting.schedule', entityType: 'meeting', entityId: meeting.id, after: stateOf(meeting) });
        created += 1;
      }
      const meetings = await repos.meetings.ordinaryIn(bodyId, quarters);
      return {
        year,
        created,
        pastQuarters,
        meetings: meetings.map((m) => toMeetingResponse(m, slot.timeZone, language)),
      };
    });
  }

  /** Moves or edits a meeting until it opens; a convened meeting keeps its notice period, unless urgent. */
  update(actorId: string, meetingId: string, dto: UpdateMeetingDto, language: Language): Promise<MeetingResponse> {
    if (Object.keys(dto).length === 0) {
      throw new ValidationError('validation.nothing_to_change', {}, ['body']);
    }
    rejectNulls(dto, ['title', 'startsAt', 'durationMinutes', 'kind']);
    return this.unitOfWork.run(actorId, async (work) => {
      const { repos, now, audit, outbox } = work;
      const { meeting, body } = await repos.meetings.lockWithBody(meetingId);
      assertMeetingAllows(meeting.status, 'edit');
      const previous = { startsAt: meeting.startsAt, location: meeting.location, videoUrl: meeting.videoUrl };
      const zone = body.meetingSlot.timeZone;
      const before = stateOf(meeting);
      const { startsAt, backfill, backfillReason: givenReason, ...rest } = dto;
      Object.assign(meeting, rest);
      let reason: string | null = null;
      if (startsAt !== undefined) {
        meeting.startsAt = parseStartsAt(startsAt);
        reason = backfillReason(meeting.startsAt, now, zone, { backfill, backfillReason: givenReason });
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
      const saved = await repos.meetings.save(meeting);
      if (meeting.status === 'convened' && hasMoved(previous, saved)) {
        outbox(
          meetingEventMessage({
            event: 'meeting_moved',
            meetingId,
            sequence: saved.sequence,
            previousStartsAt: previous.startsAt.toISOString(),
            previousLocation: previous.location,
          }),
        );
      }
      audit({ action: 'meeting.update', entityType: 'meeting', entityId: meetingId, before, after: stateOf(saved) });
      if (reason !== null) auditBackfill(work, saved, reason, 'update');
      return toMeetingResponse(saved, zone, language);
    });
  }
}

/** A planned meeting of the body, with the approval of the previous meeting's minutes on its agenda. */
async function insertMeeting(repos: Repositories, body: BodyEntity, fields: MeetingFields): Promise<MeetingEntity> {
  const zone = body.meetingSlot.timeZone;
  const meeting = await repos.meetings.create({
    ...fields,
    bodyId: body.id,
    quarter: quarterOf(localDate(fields.startsAt, zone)),
    quorumRequired: true,
    reconvenedFromId: null,
  });
  // DESIGN.md: minutes are adopted at the next meeting, first on its agenda. None for a body's first meeting.
  const previous = await repos.meetings.previous(meeting);
  if (previous) {
    await repos.agenda.appendItem(meeting.id, {
      title: `Approbation du compte rendu de la séance du ${frenchDate(previous.startsAt, zone)}`,
      kind: 'decision',
      durationMinutes: 10,
      standard: 'minutes_approval',
    });
  }
  // Members see what became of their proposals: each recommendation's latest status (issue 17).
  const followUp = recommendationsFollowUp(await repos.recommendations.ofBody(body.id));
  if (followUp) {
    await repos.agenda.appendItem(meeting.id, {
      title: FOLLOW_UP_ITEM_TITLE,
      kind: 'information',
      description: followUp,
      durationMinutes: 10,
      standard: 'recommendations_follow_up',
    });
  }
  return meeting;
}

/** Whether the convened members must hear of the change: when, where or the video link. */
function hasMoved(
  before: Pick<MeetingEntity, 'startsAt' | 'location' | 'videoUrl'>,
  after: Pick<MeetingEntity, 'startsAt' | 'location' | 'videoUrl'>,
): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.location !== after.location ||
    before.videoUrl !== after.videoUrl
  );
}
