import { AttendanceEntity, BodyEntity, MeetingEntity, MembershipEntity } from '@quorum/db';
import { computeQuorum, Quorum } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { localDate } from '../meetings/body-time';

/** A mandate sitting on a meeting's date, with the person who holds it. */
export interface SittingMandate {
  membershipId: string;
  personId: string;
  fullName: string;
  organisation: string | null;
  category: string;
  role: string;
}

/** The mandates of a body sitting on a date: started, and not ended before it (end date inclusive). */
export async function sittingMandates(manager: EntityManager, bodyId: string, date: string): Promise<SittingMandate[]> {
  const rows = await manager
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
    organisation: m.person?.organisation ?? null,
    category: m.category,
    role: m.role,
  }));
}

/** Everything the quorum of a meeting depends on, and the quorum itself. */
export async function meetingRoll(
  manager: EntityManager,
  meeting: MeetingEntity,
  body: BodyEntity,
): Promise<{ sitting: SittingMandate[]; attendance: AttendanceEntity[]; quorum: Quorum }> {
  const sitting = await sittingMandates(manager, body.id, localDate(meeting.startsAt, body.meetingSlot.timeZone));
  const attendance = await manager.getRepository(AttendanceEntity).find({ where: { meetingId: meeting.id } });
  const quorum = computeQuorum({
    rule: body.quorum,
    categories: body.categories,
    sitting,
    attendance,
    quorumRequired: meeting.quorumRequired,
  });
  return { sitting, attendance, quorum };
}
