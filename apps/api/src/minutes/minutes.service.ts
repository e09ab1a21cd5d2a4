import { Injectable } from '@nestjs/common';
import { BodyEntity, Clock, MinutesCopy, Repositories, stateOf, StoredPdf, UnitOfWork } from '@quorum/db';
import {
  approvedMinutesScope,
  assertMayApprove,
  assertMinutesOpen,
  checkMinutesDraft,
  ConflictError,
  ForbiddenError,
  isoDateIn,
  mayReadMinutes,
  minutesDraftContentOf,
  NotFoundError,
} from '@quorum/domain';
import { minutesApprovedMessage, minutesRenderMessage } from '@quorum/queue';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { ApproveMinutesDto } from './dto/approve-minutes.dto';
import { MinutesDraftDto, toDraftContent } from './dto/minutes-draft.dto';
import {
  ApprovedMinutesResponse,
  MinutesDraftResponse,
  MinutesVersionResponse,
  toApprovedMinutesResponse,
  toMinutesDraftResponse,
  toMinutesVersionResponse,
} from './dto/minutes.response';
import { Page, Paged } from '../common/pagination';
import { readerOf } from '../common/reader';
import { draftSha256 } from './draft-hash';

/** A PDF to send, with what its headers say. */
export interface MinutesPdfFile extends StoredPdf {
  fileName: string;
}

/**
 * The minutes of a meeting: the secretariat's draft, the versions rendered from it through the
 * outbox and the worker, their approval at a later meeting, and who may read which PDF.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async draft(meetingId: string): Promise<MinutesDraftResponse> {
    await this.repos.meetings.assertExists(meetingId);
    return toMinutesDraftResponse(meetingId, await this.repos.minutes.draft(meetingId));
  }

  /** Replaces the draft whole; it must speak only of the meeting's agenda and of members sitting at it. */
  saveDraft(actor: AuthenticatedUser, meetingId: string, dto: MinutesDraftDto): Promise<MinutesDraftResponse> {
    const content = toDraftContent(dto);
    return this.unitOfWork.run(actor.id, async ({ repos, audit }) => {
      const { meeting, body } = await repos.meetings.lockWithBody(meetingId);
      assertMinutesOpen(meeting.status, await repos.minutes.approvedNumber(meetingId));
      const [agenda, roll] = await Promise.all([
        repos.minutes.agendaAsHeld(meetingId),
        repos.attendance.roll(meeting, body),
      ]);
      checkMinutesDraft(content, {
        agendaItemIds: new Set(agenda.map((item) => item.id)),
        sittingMembershipIds: new Set(roll.sitting.map((m) => m.membershipId)),
      });
      const existing = await repos.minutes.draft(meetingId);
      const before = existing ? stateOf(existing) : null;
      const saved = await repos.minutes.saveDraft(meetingId, content, actor.id);
      audit({ action: 'minutes.draft', entityType: 'minutes_draft', entityId: meetingId, before, after: content });
      return toMinutesDraftResponse(meetingId, saved);
    });
  }

  /**
   * A new version, `queued`: the draft as it stands is frozen in it with its SHA-256, and the render
   * job is written to the outbox in the same transaction, so the request succeeds without Redis.
   */
  render(actor: AuthenticatedUser, meetingId: string): Promise<MinutesVersionResponse> {
    return this.unitOfWork.run(actor.id, async ({ repos, now, audit, outbox }) => {
      const { meeting } = await repos.meetings.lockWithBody(meetingId);
      assertMinutesOpen(meeting.status, await repos.minutes.approvedNumber(meetingId));
      const draft = minutesDraftContentOf(await repos.minutes.draft(meetingId));
      const version = await repos.minutes.createVersion({
        meetingId,
        number: await repos.minutes.nextNumber(meetingId),
        language: draft.language,
        draft,
        draftSha256: draftSha256(draft),
        requestedAt: now,
        requestedBy: actor.id,
      });
      outbox(minutesRenderMessage(version.id));
      const after = { meetingId, number: version.number, language: version.language, draftSha256: version.draftSha256 };
      audit({ action: 'minutes.render', entityType: 'minutes_version', entityId: version.id, before: null, after });
      return toMinutesVersionResponse(version);
    });
  }

  async versions(reader: AuthenticatedUser, meetingId: string): Promise<MinutesVersionResponse[]> {
    const { body } = await this.repos.meetings.withBody(meetingId);
    const sitsOnBody = await this.sitsOn(reader, body);
    const versions = await this.repos.minutes.versionsOf(meetingId);
    return versions
      .filter((v) => mayReadMinutes({ role: reader.role, sitsOnBody }, v.status))
      .map(toMinutesVersionResponse);
  }

  /** A page of the approved minutes of the bodies the reader may read them of, the latest meeting first. */
  async approvedList(reader: AuthenticatedUser, page: Page, bodyId?: string): Promise<Paged<ApprovedMinutesResponse>> {
    const scope = approvedMinutesScope(await readerOf(this.repos, this.clock, reader));
    // A body the reader does not read narrows the list to nothing: its minutes are not theirs to see.
    const readable = scope === 'all' ? undefined : scope;
    const bodyIds = bodyId === undefined ? readable : (readable ?? [bodyId]).filter((id) => id === bodyId);
    const { items, more } = await this.repos.minutes.approved({ bodyIds, ...page });
    return { items: items.map(toApprovedMinutesResponse), more };
  }

  /** The PDF of a version: the approved copy once there is one, else the copy as rendered. */
  async pdf(reader: AuthenticatedUser, meetingId: string, number: number): Promise<MinutesPdfFile> {
    const { body, meeting } = await this.repos.meetings.withBody(meetingId);
    const version = await this.repos.minutes.version(meetingId, number);
    if (!mayReadMinutes({ role: reader.role, sitsOnBody: await this.sitsOn(reader, body) }, version.status)) {
      throw new ForbiddenError('minutes.version_unreadable', { version: number });
    }
    const copy: MinutesCopy = version.approvedSha256 ? 'approved' : 'rendered';
    const stored = await this.repos.minutes.get(version.id, copy);
    if (!stored) throw new ConflictError('minutes.pdf_not_ready', { version: number, status: version.status });
    return { ...stored, fileName: `minutes-${body.slug}-${meeting.quarter}-v${number}.pdf` };
  }

  /** The public copy of an approved version, without its private passages: readable by anyone. */
  async publicPdf(versionId: string): Promise<MinutesPdfFile> {
    const version = await this.repos.minutes.byId(versionId);
    const stored = version?.status === 'approved' ? await this.repos.minutes.get(versionId, 'public') : null;
    if (!version || !stored) throw new NotFoundError('public_minutes.not_found', versionId);
    return { ...stored, fileName: `minutes-${version.number}-public.pdf` };
  }

  /**
   * Approval at a later meeting of the body, signed off by the chair sitting at it: recorded on the
   * version, which freezes the minutes; the approved copy (with the sign-off) and the public copy are
   * rendered by the worker through the outbox.
   */
  approve(
    actor: AuthenticatedUser,
    meetingId: string,
    number: number,
    dto: ApproveMinutesDto,
  ): Promise<MinutesVersionResponse> {
    return this.unitOfWork.run(actor.id, async ({ repos, now, audit, outbox }) => {
      const { meeting } = await repos.meetings.lockWithBody(meetingId);
      const version = await repos.minutes.version(meetingId, number, true);
      const approved = await repos.minutes.approvedNumber(meetingId);
      if (approved !== null) throw new ConflictError('minutes.already_approved', { version: approved });
      const later = await repos.meetings.withBody(dto.meetingId);
      const roll = await repos.attendance.roll(later.meeting, later.body);
      const chair = roll.sitting.find((m) => m.role === 'chair')?.fullName ?? null;
      assertMayApprove({
        versionStatus: version.status,
        minutesMeeting: meeting,
        approvingMeeting: later.meeting,
        chair,
      });
      const before = { status: version.status, approval: null };
      version.status = 'approved';
      version.approval = {
        meetingId: later.meeting.id,
        meetingTitle: later.meeting.title,
        meetingStartsAt: later.meeting.startsAt.toISOString(),
        chair: chair ?? '',
        approvedBy: actor.id,
        approvedAt: now.toISOString(),
      };
      const saved = await repos.minutes.saveVersion(version);
      outbox(minutesApprovedMessage(version.id));
      audit({
        action: 'minutes.approve',
        entityType: 'minutes_version',
        entityId: version.id,
        before,
        after: { status: saved.status, approval: saved.approval },
      });
      return toMinutesVersionResponse(saved);
    });
  }

  /** Whether the reader holds a mandate in the body today (members read only their bodies' minutes). */
  private async sitsOn(reader: AuthenticatedUser, body: BodyEntity): Promise<boolean> {
    if (reader.role !== 'member' || !reader.personId) return false;
    const today = isoDateIn(this.clock.now(), body.meetingSlot.timeZone);
    const sitting = await this.repos.memberships.sittingOn(body.id, today);
    return sitting.some((m) => m.personId === reader.personId);
  }
}
