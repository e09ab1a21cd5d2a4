import { AgendaItemEntity, BodyEntity, MeetingEntity } from '@quorum/db';
import { NotFoundError } from '@quorum/domain';
import { EntityManager, LessThan, Not } from 'typeorm';
import { frenchDate } from './body-time';

/**
 * Loads a meeting with its body. `lock` takes the meeting row FOR UPDATE: every change to a
 * meeting, its agenda or its attendance holds it, so such changes happen one at a time.
 */
export async function meetingWithBody(
  manager: EntityManager,
  meetingId: string,
  lock = false,
): Promise<{ meeting: MeetingEntity; body: BodyEntity }> {
  const meeting = await manager
    .getRepository(MeetingEntity)
    .findOne({ where: { id: meetingId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!meeting) throw new NotFoundError('Meeting', meetingId);
  const body = await manager.getRepository(BodyEntity).findOneByOrFail({ id: meeting.bodyId });
  return { meeting, body };
}

/** Loads a body, optionally locking it (scheduling holds it so that two schedules run one after the other). */
export async function findBody(manager: EntityManager, bodyId: string, lock = false): Promise<BodyEntity> {
  const body = await manager
    .getRepository(BodyEntity)
    .findOne({ where: { id: bodyId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!body) throw new NotFoundError('Body', bodyId);
  return body;
}

/**
 * Puts the approval of the previous meeting's minutes first on a new meeting's agenda, as a
 * decision item (DESIGN.md: minutes are adopted at the next meeting). No item for a body's first meeting.
 */
export async function addMinutesApprovalItem(
  manager: EntityManager,
  meeting: MeetingEntity,
  timeZone: string,
): Promise<AgendaItemEntity | null> {
  const previous = await manager.getRepository(MeetingEntity).findOne({
    where: {
      bodyId: meeting.bodyId,
      startsAt: LessThan(meeting.startsAt),
      status: Not('cancelled'),
      id: Not(meeting.id),
    },
    order: { startsAt: 'DESC' },
  });
  if (!previous) return null;
  return manager.getRepository(AgendaItemEntity).save(
    manager.create(AgendaItemEntity, {
      meetingId: meeting.id,
      position: 1,
      title: `Approbation du compte rendu de la séance du ${frenchDate(previous.startsAt, timeZone)}`,
      kind: 'decision',
      description: null,
      presenter: null,
      durationMinutes: 10,
      proposalId: null,
      documents: [],
      standard: 'minutes_approval',
    }),
  );
}
