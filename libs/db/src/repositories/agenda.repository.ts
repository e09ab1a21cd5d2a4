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

/** An item of a working agenda as the reads show it: every field but its bookkeeping and relations. */
export type AgendaItem = Omit<AgendaItemEntity, 'meeting' | 'proposal' | 'createdAt' | 'updatedAt'>;

/** A meeting's working agenda, and the number and items of its latest published version. */
export interface WorkingAgenda {
  items: AgendaItem[];
  published: { number: number; items: AgendaItemSnapshot[] } | null;
}

/** What a published version freezes of an item. */
export function agendaItemSnapshot(item: AgendaItem): AgendaItemSnapshot {
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

  /**
   * The working agenda of a meeting with its latest published version, in one statement (the items
   * gathered by PostgreSQL as JSON: no entity to build); undefined when there is no such meeting.
   * Hand-written (rows.ts): it is read on every visit of a meeting's pages.
   */
  async working(meetingId: string): Promise<WorkingAgenda | undefined> {
    const rows: { number: number | null; published: AgendaItemSnapshot[] | null; items: AgendaItem[] }[] =
      await this.manager.query(
        `SELECT v.number, v.items AS published,
                (SELECT COALESCE(json_agg(json_build_object(
                          'id', i.id, 'meetingId', i.meeting_id, 'position', i.position, 'title', i.title,
                          'kind', i.kind, 'description', i.description, 'presenter', i.presenter,
                          'durationMinutes', i.duration_minutes, 'proposalId', i.proposal_id,
                          'documents', i.documents, 'standard', i.standard) ORDER BY i.position), '[]')
                   FROM agenda_items i WHERE i.meeting_id = m.id) AS items
           FROM meetings m
           LEFT JOIN LATERAL (SELECT number, items FROM agenda_versions
                               WHERE meeting_id = m.id ORDER BY number DESC LIMIT 1) v ON true
          WHERE m.id = $1`,
        [meetingId],
      );
    const row = rows[0];
    if (!row) return undefined;
    return { items: row.items, published: row.number === null ? null : { number: row.number, items: row.published! } };
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
