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

  /**
   * Records a mandate's attendance at `at`, replacing the record `existing` if there was one: one
   * UPDATE or one INSERT, as the caller (holding the meeting's lock) already read the roll.
   */
  async record(
    meetingId: string,
    existing: AttendanceEntity | undefined,
    change: AttendanceChange,
    recordedBy: string,
    at: Date,
  ): Promise<AttendanceEntity> {
    const fields = { ...change, recordedBy, recordedAt: at };
    if (existing) {
      await this.table.update({ id: existing.id }, fields);
      return Object.assign(existing, fields);
    }
    const created = this.table.create({ meetingId, ...fields });
    await this.table.insert(created);
    return created;
  }
}
