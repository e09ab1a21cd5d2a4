import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgendaVersionEntity, appendAudit } from '@quorum/db';
import {
  assertMeetingAllows,
  ConflictError,
  diffAgendas,
  isSameAgenda,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '@quorum/domain';
import { DataSource } from 'typeorm';
import { meetingWithBody } from '../meetings/meeting-records';
import { agendaItems, latestVersion, snapshotOf } from './agenda-snapshot';
import { AgendaDiffResponse, AgendaVersionResponse, toAgendaVersionResponse } from './dto/agenda.response';

/** Published agendas: immutable numbered versions, each after the first with its change note. */
@Injectable()
export class AgendaPublishingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async publish(
    actorId: string,
    meetingId: string,
    changeNote: string | undefined,
    now = new Date(),
  ): Promise<AgendaVersionResponse> {
    const note = changeNote?.trim() || null;
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await meetingWithBody(manager, meetingId, true);
      assertMeetingAllows(meeting.status, 'editAgenda');
      const items = (await agendaItems(manager, meetingId)).map(snapshotOf);
      const previous = await latestVersion(manager, meetingId);
      if (!previous && items.length === 0) {
        throw new RuleViolationError('An agenda needs at least one item to be published', [
          { field: 'items', message: 'is empty' },
        ]);
      }
      if (previous && isSameAgenda(previous.items, items)) {
        throw new ConflictError(`Nothing changed since version ${previous.number}; there is nothing to publish`);
      }
      if (previous && !note) {
        throw new ValidationError(`Version ${previous.number + 1} changes a published agenda: say what changed`, [
          { field: 'changeNote', message: 'is required after the first version' },
        ]);
      }
      const version = await manager.getRepository(AgendaVersionEntity).save(
        manager.create(AgendaVersionEntity, {
          meetingId,
          number: (previous?.number ?? 0) + 1,
          items,
          changeNote: note,
          publishedAt: now,
          publishedBy: actorId,
        }),
      );
      const after = toAgendaVersionResponse(version);
      await appendAudit(manager, {
        actorId,
        action: 'agenda.publish',
        entityType: 'agenda_version',
        entityId: version.id,
        after,
      });
      return after;
    });
  }

  async versions(meetingId: string): Promise<AgendaVersionResponse[]> {
    await meetingWithBody(this.dataSource.manager, meetingId);
    const versions = await this.dataSource
      .getRepository(AgendaVersionEntity)
      .find({ where: { meetingId }, order: { number: 'ASC' } });
    return versions.map(toAgendaVersionResponse);
  }

  /** What changed from version `from` to version `to` (either order). */
  async diff(meetingId: string, from: number, to: number): Promise<AgendaDiffResponse> {
    await meetingWithBody(this.dataSource.manager, meetingId);
    const repo = this.dataSource.getRepository(AgendaVersionEntity);
    const [a, b] = await Promise.all([
      repo.findOneBy({ meetingId, number: from }),
      repo.findOneBy({ meetingId, number: to }),
    ]);
    if (!a) throw new NotFoundError('Agenda version', `${from} of meeting ${meetingId}`);
    if (!b) throw new NotFoundError('Agenda version', `${to} of meeting ${meetingId}`);
    return { from, to, changeNote: b.changeNote, ...diffAgendas(a.items, b.items) };
  }
}
