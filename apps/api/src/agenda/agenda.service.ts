import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgendaItemEntity, appendAudit } from '@quorum/db';
import { assertMeetingAllows, isSameAgenda, NotFoundError, ValidationError } from '@quorum/domain';
import { DataSource, EntityManager } from 'typeorm';
import { rejectNulls } from '../common/reject-nulls';
import { meetingWithBody } from '../meetings/meeting-records';
import { agendaItems, latestVersion, snapshotOf } from './agenda-snapshot';
import { CreateAgendaItemDto, ReorderAgendaDto, UpdateAgendaItemDto } from './dto/agenda-item.dto';
import { AgendaItemResponse, AgendaResponse, toAgendaItemResponse } from './dto/agenda.response';

/** The working agenda of a meeting: items added, edited, removed and reordered until the meeting opens. */
@Injectable()
export class AgendaService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(meetingId: string): Promise<AgendaResponse> {
    const manager = this.dataSource.manager;
    await meetingWithBody(manager, meetingId);
    const items = await agendaItems(manager, meetingId);
    const version = await latestVersion(manager, meetingId);
    return {
      meetingId,
      publishedVersion: version?.number ?? null,
      unpublishedChanges: version ? !isSameAgenda(version.items, items.map(snapshotOf)) : items.length > 0,
      items: items.map(toAgendaItemResponse),
    };
  }

  async addItem(actorId: string, meetingId: string, dto: CreateAgendaItemDto): Promise<AgendaItemResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockEditable(manager, meetingId);
      const item = await appendAgendaItem(manager, meetingId, dto);
      const after = toAgendaItemResponse(item);
      await appendAudit(manager, {
        actorId,
        action: 'agenda.item.add',
        entityType: 'agenda_item',
        entityId: item.id,
        after,
      });
      return after;
    });
  }

  async updateItem(actorId: string, itemId: string, dto: UpdateAgendaItemDto): Promise<AgendaItemResponse> {
    if (Object.keys(dto).length === 0) {
      throw new ValidationError('Nothing to change', [{ field: 'body', message: 'names no field to change' }]);
    }
    rejectNulls(dto, ['title', 'kind', 'documents']);
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId);
      const before = toAgendaItemResponse(item);
      Object.assign(item, dto);
      const after = toAgendaItemResponse(await manager.getRepository(AgendaItemEntity).save(item));
      await appendAudit(manager, {
        actorId,
        action: 'agenda.item.update',
        entityType: 'agenda_item',
        entityId: itemId,
        before,
        after,
      });
      return after;
    });
  }

  /** Removes an item and closes the gap in the numbering. */
  async removeItem(actorId: string, itemId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId);
      const before = toAgendaItemResponse(item);
      const repo = manager.getRepository(AgendaItemEntity);
      await repo.delete({ id: itemId });
      await repo
        .createQueryBuilder()
        .update()
        .set({ position: () => 'position - 1' })
        .where('meeting_id = :meetingId AND position > :position', {
          meetingId: item.meetingId,
          position: item.position,
        })
        .execute();
      await appendAudit(manager, {
        actorId,
        action: 'agenda.item.remove',
        entityType: 'agenda_item',
        entityId: itemId,
        before,
      });
    });
  }

  /** Puts the items in the given order; the list must name every item of the agenda once. */
  async reorder(actorId: string, meetingId: string, dto: ReorderAgendaDto): Promise<AgendaResponse> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockEditable(manager, meetingId);
      const items = await agendaItems(manager, meetingId);
      const current = new Set(items.map((i) => i.id));
      const unknown = dto.itemIds.filter((id) => !current.has(id));
      const missing = items.filter((i) => !dto.itemIds.includes(i.id)).map((i) => i.id);
      if (unknown.length || missing.length) {
        throw new ValidationError('itemIds must list every item of this agenda exactly once', [
          {
            field: 'itemIds',
            message: [
              unknown.length ? `names items not on this agenda: ${unknown.join(', ')}` : '',
              missing.length ? `leaves out ${missing.join(', ')}` : '',
            ]
              .filter(Boolean)
              .join('; '),
          },
        ]);
      }
      const before = items.map((i) => i.id);
      const repo = manager.getRepository(AgendaItemEntity);
      for (const [index, id] of dto.itemIds.entries()) await repo.update({ id }, { position: index + 1 });
      await appendAudit(manager, {
        actorId,
        action: 'agenda.reorder',
        entityType: 'meeting',
        entityId: meetingId,
        before: { itemIds: before },
        after: { itemIds: dto.itemIds },
      });
    });
    return this.get(meetingId);
  }

  private async lockEditable(manager: EntityManager, meetingId: string): Promise<void> {
    const { meeting } = await meetingWithBody(manager, meetingId, true);
    assertMeetingAllows(meeting.status, 'editAgenda');
  }

  private async lockItem(manager: EntityManager, itemId: string): Promise<AgendaItemEntity> {
    const found = await manager.getRepository(AgendaItemEntity).findOneBy({ id: itemId });
    if (!found) throw new NotFoundError('Agenda item', itemId);
    await this.lockEditable(manager, found.meetingId);
    // Read again under the meeting's lock: a concurrent change may have moved or removed it.
    const item = await manager.getRepository(AgendaItemEntity).findOneBy({ id: itemId });
    if (!item) throw new NotFoundError('Agenda item', itemId);
    return item;
  }
}

/** Adds an item at the end of a meeting's agenda; the caller holds the meeting's lock. */
export async function appendAgendaItem(
  manager: EntityManager,
  meetingId: string,
  fields: CreateAgendaItemDto,
): Promise<AgendaItemEntity> {
  const repo = manager.getRepository(AgendaItemEntity);
  const count = await repo.countBy({ meetingId });
  return repo.save(
    manager.create(AgendaItemEntity, {
      meetingId,
      position: count + 1,
      title: fields.title,
      kind: fields.kind,
      description: fields.description ?? null,
      presenter: fields.presenter ?? null,
      durationMinutes: fields.durationMinutes ?? null,
      proposalId: fields.proposalId ?? null,
      documents: fields.documents ?? [],
      standard: null,
    }),
  );
}
