import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BodyEntity, MeetingEntity, MeetingRoll, OutboxMessage, Repositories, stateOf, UnitOfWork } from '@quorum/db';
import { notificationEventMessage } from '@quorum/queue';
import {
  DEFAULT_LANGUAGE,
  Language,
  translate,
  assertMeetingAllows,
  attendanceActivity,
  checkAttendanceChange,
  meetingQuorum,
  NotFoundError,
  pollMayOpen,
  quorumNote,
} from '@quorum/domain';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { MeetingEvents } from '../events/meeting-events.service';
import { AttendanceSheetResponse, RecordAttendanceDto } from './dto/attendance.dto';

/** Who attends a meeting, who is excused and whose proxy they gave, and the live quorum. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: MeetingEvents,
  ) {}

  async sheet(meetingId: string, language: Language = DEFAULT_LANGUAGE): Promise<AttendanceSheetResponse> {
    const { meeting, body } = await this.repos.meetings.withBody(meetingId);
    return toAttendanceSheet(meeting, body, await this.repos.attendance.roll(meeting, body), language);
  }

  /**
   * Records one mandate's attendance. The secretariat records anyone's until the meeting closes; a
   * member may declare only themselves excused (with a proxy or not), before the meeting opens.
   * The meeting row stays locked for the whole check-then-write, so proxy limits hold under concurrency.
   */
  async record(
    actor: AuthenticatedUser,
    meetingId: string,
    membershipId: string,
    dto: RecordAttendanceDto,
    language: Language = DEFAULT_LANGUAGE,
  ): Promise<AttendanceSheetResponse> {
    const sheet = await this.unitOfWork.run(actor.id, async ({ repos, audit, now, outbox }) => {
      const { meeting, body } = await repos.meetings.lockWithBody(meetingId);
      const membership = await repos.memberships.get(membershipId);
      if (membership.bodyId !== body.id) throw new NotFoundError('membership.not_found', membershipId);
      assertMeetingAllows(meeting.status, attendanceActivity(actor, membership.personId, dto.status));
      const roll = await repos.attendance.roll(meeting, body);
      const change = { membershipId, status: dto.status, proxyHolderMembershipId: dto.proxyHolderMembershipId ?? null };
      checkAttendanceChange(change, {
        sittingIds: new Set(roll.sitting.map((m) => m.membershipId)),
        attendance: roll.attendance,
        maxProxiesPerMember: body.maxProxiesPerMember,
      });
      const existing = roll.attendance.find((a) => a.membershipId === membershipId);
      const before = existing ? stateOf(existing) : null;
      const formerHolder = existing?.proxyHolderMembershipId ?? null;
      const saved = await repos.attendance.record(meetingId, existing, change, actor.id, now);
      for (const message of proxyMessages(meetingId, membershipId, formerHolder, change)) outbox(message);
      audit({
        action: 'attendance.record',
        entityType: 'attendance',
        entityId: saved.id,
        before,
        after: stateOf(saved),
      });
      // The record just saved replaces (or joins) the roll read above: no need to read it again.
      const attendance = [...roll.attendance.filter((a) => a.membershipId !== membershipId), saved];
      return toAttendanceSheet(meeting, body, { sitting: roll.sitting, attendance }, language);
    });
    // After the commit: the session board, projection and members' pages follow attendance and quorum live.
    this.events.publish({ type: 'attendance', meetingId, membershipId, status: dto.status });
    this.events.publish({ type: 'quorum', meetingId, quorum: sheet.quorum });
    return sheet;
  }
}

/** The holder of a proxy hears it given to them; the previous holder, that it was withdrawn. */
function proxyMessages(
  meetingId: string,
  giverMembershipId: string,
  before: string | null,
  change: { proxyHolderMembershipId: string | null },
): OutboxMessage[] {
  const after = change.proxyHolderMembershipId;
  if (before === after) return [];
  const event = (kind: 'proxy_given' | 'proxy_withdrawn', holderMembershipId: string) =>
    notificationEventMessage({ event: kind, eventId: randomUUID(), meetingId, giverMembershipId, holderMembershipId });
  return [...(before ? [event('proxy_withdrawn', before)] : []), ...(after ? [event('proxy_given', after)] : [])];
}

/** The attendance sheet of a meeting: sitting mandates with their status, the quorum, and whether it can decide. */
function toAttendanceSheet(
  meeting: MeetingEntity,
  body: BodyEntity,
  roll: MeetingRoll,
  language: Language,
): AttendanceSheetResponse {
  const { sitting, attendance } = roll;
  const quorum = meetingQuorum(body, meeting, roll);
  const byMembership = new Map(attendance.map((a) => [a.membershipId, a]));
  const proxiesOf = new Map<string, string[]>();
  for (const a of attendance) {
    if (a.proxyHolderMembershipId !== null) {
      proxiesOf.set(a.proxyHolderMembershipId, [...(proxiesOf.get(a.proxyHolderMembershipId) ?? []), a.membershipId]);
    }
  }
  const poll = pollMayOpen(meeting, quorum);
  return {
    meetingId: meeting.id,
    meetingStatus: meeting.status,
    quorumRequired: meeting.quorumRequired,
    quorumNote: quorumNote(meeting.quorumRequired, language),
    members: sitting.map((m) => {
      const record = byMembership.get(m.membershipId);
      return {
        membershipId: m.membershipId,
        personId: m.personId,
        fullName: m.fullName,
        organisation: m.organisation,
        category: m.category,
        role: m.role,
        status: record?.status ?? null,
        proxyHolderMembershipId: record?.proxyHolderMembershipId ?? null,
        proxiesHeld: proxiesOf.get(m.membershipId) ?? [],
      };
    }),
    quorum,
    canDecide: poll.allowed,
    cannotDecideBecause: poll.allowed ? null : translate(poll.code, poll.params, language),
  };
}
