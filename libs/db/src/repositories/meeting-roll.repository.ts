import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { AttendanceEntity } from '../entities/attendance.entity';
import { BodyEntity } from '../entities/body.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { MembershipEntity } from '../entities/membership.entity';

/** A mandate sitting on a meeting's date, with the name of who holds it. */
export interface SittingMandateRow {
  membershipId: string;
  personId: string;
  fullName: string;
  category: string;
  role: string;
}

/**
 * What votes read of a meeting: the meeting and its body, an agenda item, the mandates sitting that
 * day and the attendance. Reads only; the meetings feature owns the writes.
 */
export class MeetingRollRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * The meeting and its body. `share` holds the meeting row FOR SHARE: a poll opens or closes on the
   * meeting's state as it stands, and the meeting cannot close under it.
   */
  async meetingWithBody(meetingId: string, lock: 'share' | 'none' = 'none') {
    const meeting = await this.manager.getRepository(MeetingEntity).findOne({
      where: { id: meetingId },
      ...(lock === 'share' ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    if (!meeting) throw new NotFoundError('Meeting', meetingId);
    const body = await this.manager.getRepository(BodyEntity).findOneByOrFail({ id: meeting.bodyId });
    return { meeting, body };
  }

  async agendaItem(itemId: string): Promise<AgendaItemEntity> {
    const item = await this.manager.getRepository(AgendaItemEntity).findOneBy({ id: itemId });
    if (!item) throw new NotFoundError('Agenda item', itemId);
    return item;
  }

  /** The mandates of a body sitting on a date (started, not ended before it), by category then name. */
  async sitting(bodyId: string, date: string): Promise<SittingMandateRow[]> {
    const rows = await this.manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.person', 'p')
      .where('m.body_id = :bodyId', { bodyId })
      .andWhere('m.start_date <= :date', { date })
      .andWhere('(m.end_date IS NULL OR m.end_date >= :date)', { date })
      .orderBy('m.category')
      .addOrderBy('p.full_name')
      .getMany();
    return rows.map((m) => ({
      membershipId: m.id,
      personId: m.personId,
      fullName: m.person?.fullName ?? '',
      category: m.category,
      role: m.role,
    }));
  }

  attendance(meetingId: string): Promise<AttendanceEntity[]> {
    return this.manager.getRepository(AttendanceEntity).find({ where: { meetingId } });
  }

  /** The mandate a person holds in a body on a date, if any. */
  mandateOf(bodyId: string, personId: string, date: string): Promise<MembershipEntity | null> {
    return this.manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.body_id = :bodyId AND m.person_id = :personId', { bodyId, personId })
      .andWhere('m.start_date <= :date AND (m.end_date IS NULL OR m.end_date >= :date)', { date })
      .getOne();
  }

  /** The mandates among `ids` that belong to the body on a date. */
  async mandatesIn(bodyId: string, ids: readonly string[], date: string): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .select('m.id', 'id')
      .where('m.body_id = :bodyId AND m.id IN (:...ids)', { bodyId, ids })
      .andWhere('m.start_date <= :date AND (m.end_date IS NULL OR m.end_date >= :date)', { date })
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }
}
