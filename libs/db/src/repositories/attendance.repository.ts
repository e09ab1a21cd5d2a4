import { isoDateIn } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { AttendanceEntity } from '../entities/attendance.entity';
import { BodyEntity } from '../entities/body.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { SITTING_ON, SittingMandate } from './memberships.repository';
import { columnsOf, entityOf } from './rows';

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

  /**
   * The roll of a meeting: the body's mandates sitting on the meeting's (local) date, and their
   * attendance, in one statement. A full join, as a record may outlive its mandate's sitting.
   * Hand-written (rows.ts): the sheet is read on every visit of a meeting's pages and on every change.
   */
  async roll(meeting: MeetingEntity, body: BodyEntity): Promise<MeetingRoll> {
    const date = isoDateIn(meeting.startsAt, body.meetingSlot.timeZone);
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT s.id AS "membershipId", s.person_id AS "personId", s.full_name AS "fullName",
              s.organisation, s.category, s.role, ${columnsOf(this.manager, AttendanceEntity, 'a', 'a.')}
         FROM (SELECT m.id, m.person_id, p.full_name, p.organisation, m.category, m.role
                 FROM memberships m JOIN people p ON p.id = m.person_id
                WHERE m.body_id = $1 AND ${SITTING_ON('m', '$2')}) s
         FULL JOIN (SELECT * FROM attendances WHERE meeting_id = $3) a ON a.membership_id = s.id
        ORDER BY s.category, s.full_name`,
      [body.id, date, meeting.id],
    );
    const sitting: SittingMandate[] = [];
    const attendance: AttendanceEntity[] = [];
    for (const row of rows) {
      if (row.membershipId !== null) {
        const { membershipId, personId, fullName, organisation, category, role } = row as unknown as SittingMandate;
        sitting.push({ membershipId, personId, fullName, organisation, category, role });
      }
      if (row['a.id'] !== null) attendance.push(entityOf(this.manager, AttendanceEntity, row, 'a.'));
    }
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
    const values = [change.status, change.proxyHolderMembershipId, recordedBy, at];
    // Hand-written statements: the attendance write is the busiest write of a sitting.
    if (existing) {
      await this.manager.query(
        `UPDATE attendances SET status = $2, proxy_holder_membership_id = $3, recorded_by = $4, recorded_at = $5
          WHERE id = $1`,
        [existing.id, ...values],
      );
      return Object.assign(existing, fields);
    }
    const [{ id }]: { id: string }[] = await this.manager.query(
      `INSERT INTO attendances (meeting_id, membership_id, status, proxy_holder_membership_id, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [meetingId, change.membershipId, ...values],
    );
    return Object.assign(new AttendanceEntity(), { id, meetingId, ...fields });
  }
}
