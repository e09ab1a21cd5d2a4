import { Injectable } from '@nestjs/common';
import { agendaItemSnapshot, Repositories, stateOf, UnitOfWork } from '@quorum/db';
import { assertMeetingAllows, diffAgendas, nextAgendaVersion } from '@quorum/domain';
import { notificationEventMessage } from '@quorum/queue';
import { AgendaDiffResponse, AgendaVersionResponse, toAgendaVersionResponse } from './dto/agenda.response';

/** Published agendas: immutable numbered versions, each after the first with its change note. */
@Injectable()
export class AgendaPublishingService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  publish(actorId: string, meetingId: string, changeNote: string | undefined): Promise<AgendaVersionResponse> {
    const note = changeNote?.trim() || null;
    return this.unitOfWork.run(actorId, async ({ repos, now, audit, outbox }) => {
      const { meeting } = await repos.meetings.lockWithBody(meetingId);
      assertMeetingAllows(meeting.status, 'editAgenda');
      const items = (await repos.agenda.itemsOf(meetingId)).map(agendaItemSnapshot);
      const number = nextAgendaVersion(await repos.agenda.latestVersion(meetingId), items, note);
      const version = await repos.agenda.publish({
        meetingId,
        number,
        items,
        changeNote: note,
        publishedAt: now,
        publishedBy: actorId,
      });
      // Members were convened on an earlier version: they hear what changed.
      if (number > 1 && meeting.status === 'convened') {
        outbox(notificationEventMessage({ event: 'agenda_republished', meetingId, version: number }));
      }
      audit({ action: 'agenda.publish', entityType: 'agenda_version', entityId: version.id, after: stateOf(version) });
      return toAgendaVersionResponse(version);
    });
  }

  async versions(meetingId: string): Promise<AgendaVersionResponse[]> {
    await this.repos.meetings.assertExists(meetingId);
    return (await this.repos.agenda.versionsOf(meetingId)).map(toAgendaVersionResponse);
  }

  /** What changed from version `from` to version `to` (either order). */
  async diff(meetingId: string, from: number, to: number): Promise<AgendaDiffResponse> {
    await this.repos.meetings.assertExists(meetingId);
    const [a, b] = await Promise.all([
      this.repos.agenda.version(meetingId, from),
      this.repos.agenda.version(meetingId, to),
    ]);
    return { from, to, changeNote: b.changeNote, ...diffAgendas(a.items, b.items) };
  }
}
