import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { appendAudit, AttendanceEntity, BodyEntity, MeetingEntity, MembershipEntity } from '@quorum/db';
import { assertMeetingAllows, checkAttendanceChange, ForbiddenError, NotFoundError, pollMayOpen } from '@quorum/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { NO_QUORUM_NOTE } from '../meetings/dto/meeting.response';
import { meetingWithBody } from '../meetings/meeting-records';
import { AttendanceSheetResponse, RecordAttendanceDto } from './dto/attendance.dto';
import { meetingRoll } from './meeting-roll';

/** Who attends a meeting, who is excused and whose proxy they gave, and the live quorum. */
@Injectable()
export class AttendanceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sheet(meetingId: string): Promise<AttendanceSheetResponse> {
    const { meeting, body } = await meetingWithBody(this.dataSource.manager, meetingId);
    return attendanceSheet(this.dataSource.manager, meeting, body);
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
  ): Promise<AttendanceSheetResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, body } = await meetingWithBody(manager, meetingId, true);
      const membership = await manager.getRepository(MembershipEntity).findOneBy({ id: membershipId });
      if (!membership || membership.bodyId !== body.id) throw new NotFoundError('Membership', membershipId);
      if (actor.role === 'member') {
        if (!actor.personId || membership.personId !== actor.personId) {
          throw new ForbiddenError('A member may declare only their own attendance');
        }
        if (dto.status !== 'excused') {
          throw new ForbiddenError('A member may declare themselves excused; presence is recorded by the secretariat');
        }
        assertMeetingAllows(meeting.status, 'declareOwnAttendance');
      } else {
        assertMeetingAllows(meeting.status, 'recordAttendance');
      }
      const { sitting, attendance } = await meetingRoll(manager, meeting, body);
      const change = { membershipId, status: dto.status, proxyHolderMembershipId: dto.proxyHolderMembershipId ?? null };
      checkAttendanceChange(change, {
        sittingIds: new Set(sitting.map((m) => m.membershipId)),
        attendance,
        maxProxiesPerMember: body.maxProxiesPerMember,
      });
      const repo = manager.getRepository(AttendanceEntity);
      const existing = attendance.find((a) => a.membershipId === membershipId);
      const before = existing
        ? { status: existing.status, proxyHolderMembershipId: existing.proxyHolderMembershipId }
        : null;
      const saved = await repo.save(
        existing
          ? Object.assign(existing, change, { recordedBy: actor.id })
          : manager.create(AttendanceEntity, { meetingId, ...change, recordedBy: actor.id }),
      );
      await appendAudit(manager, {
        actorId: actor.id,
        action: 'attendance.record',
        entityType: 'attendance',
        entityId: saved.id,
        before: before && { meetingId, membershipId, ...before },
        after: {
          meetingId,
          membershipId,
          status: saved.status,
          proxyHolderMembershipId: saved.proxyHolderMembershipId,
        },
      });
      return attendanceSheet(manager, meeting, body);
    });
  }
}

/** The attendance sheet of a meeting: sitting mandates with their status, the quorum, and whether it can decide. */
export async function attendanceSheet(
  manager: EntityManager,
  meeting: MeetingEntity,
  body: BodyEntity,
): Promise<AttendanceSheetResponse> {
  const { sitting, attendance, quorum } = await meetingRoll(manager, meeting, body);
  const byMembership = new Map(attendance.map((a) => [a.membershipId, a]));
  const poll = pollMayOpen(meeting, quorum);
  return {
    meetingId: meeting.id,
    meetingStatus: meeting.status,
    quorumRequired: meeting.quorumRequired,
    quorumNote: meeting.quorumRequired ? null : NO_QUORUM_NOTE,
    members: sitting.map((m) => ({
      ...m,
      status: byMembership.get(m.membershipId)?.status ?? null,
      proxyHolderMembershipId: byMembership.get(m.membershipId)?.proxyHolderMembershipId ?? null,
      proxiesHeld: attendance.filter((a) => a.proxyHolderMembershipId === m.membershipId).map((a) => a.membershipId),
    })),
    quorum,
    canDecide: poll.allowed,
    cannotDecideBecause: poll.allowed ? null : poll.reason,
  };
}
