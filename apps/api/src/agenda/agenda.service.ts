import { Injectable } from '@nestjs/common';
import { AgendaItemEntity, agendaItemSnapshot, Repositories, stateOf, UnitOfWork } from '@quorum/db';
import { assertMeetingAllows, hasUnpublishedChanges, NotFoundError, ValidationError } from '@quorum/domain';
import { rejectNulls } from '../common/reject-nulls';
import { CreateAgendaItemDto, ReorderAgendaDto, UpdateAgendaItemDto } from './dto/agenda-item.dto';
import { AgendaItemResponse, AgendaResponse, toAgendaItemResponse } from './dto/agenda.response';

/** The working agenda of a meeting: items added, edited, removed and reordered until the meeting opens. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  get(meetingId: string): Promise<AgendaResponse> {
    return agendaOf(this.repos, meetingId);
  }

  addItem(actorId: string, meetingId: string, dto: CreateAgendaItemDto): Promise<AgendaItemResponse> {
    return this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      await lockEditable(repos, meetingId);
      const documents = dto.documents && (await repos.documents.asAgendaReferences(meetingId, dto.documents));
      const item = await repos.agenda.appendItem(meetingId, { ...dto, documents });
      audit({ action: 'agenda.item.add', entityType: 'agenda_item', entityId: item.id, after: stateOf(item) });
      return toAgendaItemResponse(item);
    });
  }

  updateItem(actorId: string, itemId: string, dto: UpdateAgendaItemDto): Promise<AgendaItemResponse> {
    if (Object.keys(dto).length === 0) {
      throw new ValidationError('validation.nothing_to_change', {}, ['body']);
    }
    rejectNulls(dto, ['title', 'kind', 'documents']);
    return this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      const item = await lockItem(repos, itemId);
      const before = stateOf(item);
      const documents = dto.documents && (await repos.documents.asAgendaReferences(item.meetingId, dto.documents));
      const saved = await repos.agenda.saveItem(Object.assign(item, dto, documents ? { documents } : {}));
      audit({
        action: 'agenda.item.update',
        entityType: 'agenda_item',
        entityId: itemId,
        before,
        after: stateOf(saved),
      });
      return toAgendaItemResponse(saved);
    });
  }

  /** Removes an item and closes the gap in the numbering. */
  async removeItem(actorId: string, itemId: string): Promise<void> {
    await this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      const item = await lockItem(repos, itemId);
      await repos.agenda.removeItem(item);
      audit({ action: 'agenda.item.remove', entityType: 'agenda_item', entityId: itemId, before: stateOf(item) });
    });
  }

  /** Puts the items in the given order; the list must name every item of the agenda once. */
  reorder(actorId: string, meetingId: string, dto: ReorderAgendaDto): Promise<AgendaResponse> {
    return this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      await lockEditable(repos, meetingId);
      const items = await repos.agenda.itemsOf(meetingId);
      assertNamesEveryItem(dto.itemIds, items);
      await repos.agenda.reorder(dto.itemIds);
      audit({
        action: 'agenda.reorder',
        entityType: 'meeting',
        entityId: meetingId,
        before: { itemIds: items.map((i) => i.id) },
        after: { itemIds: dto.itemIds },
      });
      return agendaOf(repos, meetingId);
    });
  }
}

/** The working agenda of a meeting and whether it differs from the published one; a 404 for no meeting. */
async function agendaOf(repos: Repositories, meetingId: string): Promise<AgendaResponse> {
  const agenda = await repos.agenda.working(meetingId);
  if (!agenda) throw new NotFoundError('meeting.not_found', meetingId);
  return {
    meetingId,
    publishedVersion: agenda.published?.number ?? null,
    unpublishedChanges: hasUnpublishedChanges(agenda.published, agenda.items.map(agendaItemSnapshot)),
    items: agenda.items.map(toAgendaItemResponse),
  };
}

/** Locks the meeting and checks that its agenda may still change. */
async function lockEditable(repos: Repositories, meetingId: string): Promise<void> {
  const { meeting } = await repos.meetings.lockWithBody(meetingId);
  assertMeetingAllows(meeting.status, 'editAgenda');
}

async function lockItem(repos: Repositories, itemId: string): Promise<AgendaItemEntity> {
  const found = await repos.agenda.item(itemId);
  await lockEditable(repos, found.meetingId);
  // Read again under the meeting's lock: a concurrent change may have moved or removed it.
  return repos.agenda.item(itemId);
}

function assertNamesEveryItem(itemIds: string[], items: AgendaItemEntity[]): void {
  const current = new Set(items.map((i) => i.id));
  const unknown = itemIds.filter((id) => !current.has(id));
  const missing = items.filter((i) => !itemIds.includes(i.id)).map((i) => i.id);
  if (unknown.length || missing.length) {
    throw new ValidationError('agenda.reorder_mismatch', {}, [
      ...(unknown.length
        ? [{ field: 'itemIds', code: 'agenda.reorder_unknown', params: { ids: unknown.join(', ') } } as const]
        : []),
      ...(missing.length
        ? [{ field: 'itemIds', code: 'agenda.reorder_missing', params: { ids: missing.join(', ') } } as const]
        : []),
    ]);
  }
}
