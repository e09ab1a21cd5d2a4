import { AgendaItemEntity, AgendaVersionEntity } from '@quorum/db';
import type { AgendaItemSnapshot } from '@quorum/domain';
import { EntityManager } from 'typeorm';

/** The items of a meeting's working agenda, in order. */
export function agendaItems(manager: EntityManager, meetingId: string): Promise<AgendaItemEntity[]> {
  return manager.getRepository(AgendaItemEntity).find({ where: { meetingId }, order: { position: 'ASC' } });
}

/** What a published version freezes of an item. */
export function snapshotOf(item: AgendaItemEntity): AgendaItemSnapshot {
  return {
    id: item.id,
    position: item.position,
    title: item.title,
    kind: item.kind,
    description: item.description,
    presenter: item.presenter,
    durationMinutes: item.durationMinutes,
    proposalId: item.proposalId,
    documents: item.documents,
  };
}

/** The latest published version of a meeting's agenda, if any. */
export function latestVersion(manager: EntityManager, meetingId: string): Promise<AgendaVersionEntity | null> {
  return manager.getRepository(AgendaVersionEntity).findOne({ where: { meetingId }, order: { number: 'DESC' } });
}
