import type { AgendaItemSnapshot } from '@quorum/domain';
import { NotFoundError } from '@quorum/domain';
import { EntityManager, In } from 'typeorm';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { AgendaVersionEntity } from '../entities/agenda-version.entity';

/** What a new item says; the repository gives it its place at the end. */
export type NewAgendaItem = Pick<AgendaItemEntity, 'title' | 'kind'> &
  Partial<
    Pick<AgendaItemEntity, 'description' | 'presenter' | 'durationMinutes' | 'proposalId' | 'documents' | 'standard'>
  >;

export type NewAgendaVersion = Pick<
  AgendaVersionEntity,
  'meetingId' | 'number' | 'items' | 'changeNote' | 'publishedAt' | 'publishedBy'
>;

/** What a published version freezes of an item. */
export function agendaItemSnapshot(item: AgendaItemEntity): AgendaItemSnapshot {
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

/**
 * Every query on a meeting's agenda: its working items and its published versions. Writes assume the
 * caller holds the meeting's lock (`meetings.lockWithBody`), which orders every change to an agenda.
 */
export class AgendaRepository {
  constructor(private readonly manager: EntityManager) {}

  private get items() {
    return this.manager.getRepository(AgendaItemEntity);
  }

  private get versions() {
    return this.manager.getRepository(AgendaVersionEntity);
  }

  /** The items of a meeting's working agenda, in order. */
  itemsOf(meetingId: string): Promise<AgendaItemEntity[]> {
    return this.items.find({ where: { meetingId }, order: { position: 'ASC' } });
  }

  /** The items of a meeting among `ids` (those not on its agenda are left out). */
  itemsAmong(meetingId: string, ids: string[]): Promise<AgendaItemEntity[]> {
    return ids.length ? this.items.findBy({ meetingId, id: In(ids) }) : Promise.resolve([]);
  }

  /** The item, or a 404 naming it. */
  async item(id: string): Promise<AgendaItemEntity> {
    const item = await this.items.findOneBy({ id });
    if (!item) throw new NotFoundError('agenda_item.not_found', id);
    return item;
  }

  /** Adds an item at the end of a meeting's agenda. */
  async appendItem(meetingId: string, fields: NewAgendaItem): Promise<AgendaItemEntity> {
    const count = await this.items.countBy({ meetingId });
    return this.items.save(this.newItem(meetingId, count + 1, fields));
  }

  /** Writes a whole agenda, in the order given, on a meeting that has none yet. */
  createItems(meetingId: string, fields: NewAgendaItem[]): Promise<AgendaItemEntity[]> {
    return this.items.save(fields.map((f, index) => this.newItem(meetingId, index + 1, f)));
  }

  saveItem(item: AgendaItemEntity): Promise<AgendaItemEntity> {
    return this.items.save(item);
  }

  /** Removes an item and closes the gap in the numbering. */
  async removeItem(item: AgendaItemEntity): Promise<void> {
    await this.items.delete({ id: item.id });
    await this.items
      .createQueryBuilder()
      .update()
      .set({ position: () => 'position - 1' })
      .where('meeting_id = :meetingId AND position > :position', { meetingId: item.meetingId, position: item.position })
      .execute();
  }

  /** Numbers the items 1, 2, … in the order of `itemIds`. */
  async reorder(itemIds: string[]): Promise<void> {
    for (const [index, id] of itemIds.entries()) await this.items.update({ id }, { position: index + 1 });
  }

  /** The latest published version of a meeting's agenda, if any. */
  latestVersion(meetingId: string): Promise<AgendaVersionEntity | null> {
    return this.versions.findOne({ where: { meetingId }, order: { number: 'DESC' } });
  }

  versionsOf(meetingId: string): Promise<AgendaVersionEntity[]> {
    return this.versions.find({ where: { meetingId }, order: { number: 'ASC' } });
  }

  /** Version `number` of a meeting's agenda, or a 404 naming it. */
  async version(meetingId: string, number: number): Promise<AgendaVersionEntity> {
    const version = await this.versions.findOneBy({ meetingId, number });
    if (!version) throw new NotFoundError('agenda_version.not_found', String(number), { meetingId });
    return version;
  }

  publish(fields: NewAgendaVersion): Promise<AgendaVersionEntity> {
    return this.versions.save(this.versions.create(fields));
  }

  private newItem(meetingId: string, position: number, fields: NewAgendaItem): AgendaItemEntity {
    return this.items.create({
      meetingId,
      position,
      title: fields.title,
      kind: fields.kind,
      description: fields.description ?? null,
      presenter: fields.presenter ?? null,
      durationMinutes: fields.durationMinutes ?? null,
      proposalId: fields.proposalId ?? null,
      documents: fields.documents ?? [],
      standard: fields.standard ?? null,
    });
  }
}
