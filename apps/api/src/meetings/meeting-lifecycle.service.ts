import { Injectable } from '@nestjs/common';
import { agendaItemSnapshot, BodyEntity, MeetingEntity, stateOf, UnitOfWork, Work } from '@quorum/db';
import {
  assertMayOpenNow,
  assertMayReconvene,
  backfillReason,
  checkNotice,
  conveningAgendaVersion,
  Language,
  MeetingAction,
  meetingQuorum,
  nextMeetingState,
  quarterOf,
} from '@quorum/domain';
import { meetingEventMessage } from '@quorum/queue';
import { frenchDate, localDate, parseStartsAt } from '../common/body-time';
import { ConveneDto, OpenMeetingDto, ReconveneDto } from './dto/meeting.dto';
import { MeetingResponse, toMeetingResponse } from './dto/meeting.response';

type Step = (meeting: MeetingEntity, body: BodyEntity, work: Work) => Promise<void> | void;

/** Moves meetings along planned → convened → in_progress → closed (or cancelled), and reconvenes them. */
@Injectable()
export class MeetingLifecycleService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /**
   * Convenes with a published agenda and the body's notice period, or urgently with a reason; a
   * meeting whose day has passed is convened only as a backfill (no notice applies to the past).
   */
  convene(actorId: string, meetingId: string, dto: ConveneDto, language: Language): Promise<MeetingResponse> {
    return this.transition(actorId, meetingId, 'convene', language, async (meeting, body, work) => {
      const { repos, now, outbox } = work;
      const version = conveningAgendaVersion(await repos.agenda.latestVersion(meeting.id));
      const zone = body.meetingSlot.timeZone;
      const backfill = backfillReason(meeting.startsAt, now, zone, dto);
      if (backfill !== null) {
        auditBackfill(work, meeting, backfill, 'convene');
        Object.assign(meeting, { urgentReason: null, convenedAt: now, convenedAgendaVersion: version });
        return;
      }
      const { urgentReason } = checkNotice({
        conveningDate: localDate(now, zone),
        meetingDate: localDate(meeting.startsAt, zone),
        noticeDays: body.noticeDays,
        urgent: dto.urgent,
        reason: dto.reason,
      });
      Object.assign(meeting, { urgentReason, convenedAt: now, convenedAgendaVersion: version });
      outbox(meetingEventMessage({ event: 'convocation', meetingId: meeting.id, sequence: meeting.sequence }));
    });
  }

  /**
   * Opens the sitting on its day in the body's time zone, from the body's margin before its start;
   * after its day, only as an explicit backfill (audited as meeting.backfill).
   */
  open(actorId: string, meetingId: string, dto: OpenMeetingDto, language: Language): Promise<MeetingResponse> {
    return this.transition(actorId, meetingId, 'open', language, (meeting, body, work) => {
      const { now } = work;
      const timeZone = body.meetingSlot.timeZone;
      const reason = backfillReason(meeting.startsAt, now, timeZone, dto);
      if (reason === null) {
        assertMayOpenNow({
          startsAt: meeting.startsAt,
          now,
          timeZone,
          marginMinutes: body.meetingSlot.openingMarginMinutes,
        });
      } else {
        auditBackfill(work, meeting, reason, 'open');
      }
      meeting.openedAt = now;
    });
  }

  /** Closes the sitting and keeps the quorum as it then stood: without it, the meeting may be reconvened. */
  close(actorId: string, meetingId: string, language: Language): Promise<MeetingResponse> {
    return this.transition(actorId, meetingId, 'close', language, async (meeting, body, { repos, now }) => {
      meeting.closedAt = now;
      meeting.quorumAtClose = meetingQuorum(body, meeting, await repos.attendance.roll(meeting, body));
    });
  }

  cancel(actorId: string, meetingId: string, reason: string | undefined, language: Language): Promise<MeetingResponse> {
    return this.transition(actorId, meetingId, 'cancel', language, (meeting, _body, { now, outbox }) => {
      // Only those who were convened have the meeting in their calendar to take out.
      const convened = meeting.status === 'convened';
      Object.assign(meeting, {
        cancelledAt: now,
        cancelReason: reason?.trim() || null,
        sequence: meeting.sequence + 1,
      });
      if (convened) {
        outbox(meetingEventMessage({ event: 'meeting_cancelled', meetingId: meeting.id, sequence: meeting.sequence }));
      }
    });
  }

  /**
   * A meeting closed without quorum is convened again on the same agenda: a new meeting whose
   * agenda is a published copy of the last one, and which needs no quorum (décret 2006-672).
   */
  reconvene(actorId: string, meetingId: string, dto: ReconveneDto, language: Language): Promise<MeetingResponse> {
    const startsAt = parseStartsAt(dto.startsAt);
    return this.unitOfWork.run(actorId, async (work) => {
      const { repos, audit } = work;
      const { meeting: original, body } = await repos.meetings.lockWithBody(meetingId);
      const zone = body.meetingSlot.timeZone;
      assertMayReconvene(original, await repos.meetings.reconvenedFrom(original.id), startsAt);
      const reason = backfillReason(startsAt, work.now, zone, dto);
      const meeting = await repos.meetings.create({
        bodyId: body.id,
        kind: 'extraordinary',
        title: `${original.title} — nouvelle convocation sans condition de quorum`,
        quarter: quarterOf(localDate(startsAt, zone)),
        startsAt,
        durationMinutes: dto.durationMinutes ?? original.durationMinutes,
        location: dto.location === undefined ? original.location : dto.location,
        videoUrl: dto.videoUrl === undefined ? original.videoUrl : dto.videoUrl,
        quorumRequired: false,
        reconvenedFromId: original.id,
      });
      await copyAgenda(work, actorId, original, meeting, frenchDate(original.startsAt, zone));
      audit({ action: 'meeting.reconvene', entityType: 'meeting', entityId: meeting.id, after: stateOf(meeting) });
      if (reason !== null) auditBackfill(work, meeting, reason, 'reconvene');
      return toMeetingResponse(meeting, zone, language);
    });
  }

  private transition(
    actorId: string,
    meetingId: string,
    action: MeetingAction,
    language: Language,
    step: Step,
  ): Promise<MeetingResponse> {
    return this.unitOfWork.run(actorId, async (work) => {
      const { meeting, body } = await work.repos.meetings.lockWithBody(meetingId);
      const before = stateOf(meeting);
      const status = nextMeetingState(meeting.status, action);
      await step(meeting, body, work);
      meeting.status = status;
      const saved = await work.repos.meetings.save(meeting);
      work.audit({
        action: `meeting.${action}`,
        entityType: 'meeting',
        entityId: meetingId,
        before,
        after: stateOf(saved),
      });
      return toMeetingResponse(saved, body.meetingSlot.timeZone, language);
    });
  }
}

/** Records that a meeting was created, moved or opened after its day, and why (the audit is where it shows). */
export function auditBackfill(
  { audit }: Pick<Work, 'audit'>,
  meeting: MeetingEntity,
  reason: string,
  step: 'create' | 'update' | 'convene' | 'open' | 'reconvene',
): void {
  audit({
    action: 'meeting.backfill',
    entityType: 'meeting',
    entityId: meeting.id,
    after: { step, reason, startsAt: meeting.startsAt.toISOString() },
  });
}

/** Gives a reconvened meeting the agenda last published for the original (or its working agenda), published. */
async function copyAgenda(
  { repos, now, audit }: Work,
  actorId: string,
  from: MeetingEntity,
  to: MeetingEntity,
  fromDate: string,
): Promise<void> {
  const source = await repos.agenda.latestVersion(from.id);
  const items = source ? source.items : (await repos.agenda.itemsOf(from.id)).map(agendaItemSnapshot);
  const copies = await repos.agenda.createItems(
    to.id,
    items.map(({ id: _id, position: _position, ...item }) => item),
  );
  const version = await repos.agenda.publish({
    meetingId: to.id,
    number: 1,
    items: copies.map(agendaItemSnapshot),
    changeNote: `Même ordre du jour que la séance du ${fromDate}, tenue sans quorum`,
    publishedAt: now,
    publishedBy: actorId,
  });
  audit({ action: 'agenda.publish', entityType: 'agenda_version', entityId: version.id, after: stateOf(version) });
}
