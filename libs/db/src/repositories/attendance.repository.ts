import { isoDateIn } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { AttendanceEntity } from '../entities/attendance.entity';
import { BodyEntity } from '../entities/body.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { MembershipsRepository, SittingMandate } from './memberships.repository';

export type AttendanceChange = Pick<AttendanceEntity, 'membershipId' | 'status' | 'proxyHolderMembershipId'>;

/** Who sits on a meeting's date and what was recorded of their attendance: all the quorum depends on. */
export interface MeetingRoll {
  sitting: SittingMandate[];
  attendance: AttendanceEntity[];
}

/** Every query on the attendance records of meetings (the caller holds the meeting's lock to write). */
export class AttendanceRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(AttendanceEntity);
  }

  /** The roll of a meeting: the body's mandates sitting on the meeting's (local) date, and their attendance. */
  async roll(meeting: MeetingEntity, body: BodyEntity): Promise<MeetingRoll> {
    const date = isoDateIn(meeting.startsAt, body.meetingSlot.timeZone);
    const [sitting, attendance] = await Promise.all([
      new MembershipsRepository(this.manager).sittingOn(body.id, date),
      this.table.find({ where: { meetingId: meeting.id } }),
    ]);
    return { sitting, attendance };
  }

  /** Records a mandate's attendance, replacing the record `existing` if there was one. */
  record(
    meetingId: string,
    existing: AttendanceEntity | undefined,
    change: AttendanceChange,
    recordedBy: string,
  ): Promise<AttendanceEntity> {
    return this.table.save(
      existing
        ? Object.assign(existing, change, { recordedBy })
        : this.table.create({ meetingId, ...change, recordedBy }),
    );
  }
}
