import { Injectable } from '@nestjs/common';
import { Repositories } from '@quorum/db';
import { meetingsCalendar } from '../common/icalendar';

/**
 * A body's meetings as an iCalendar feed. Each meeting keeps its UID; its SEQUENCE grows when it
 * moves or is cancelled, so subscribed calendars update the event rather than add another.
 */
@Injectable()
export class CalendarService {
  constructor(private readonly repos: Repositories) {}

  async feed(bodyId: string, domain: string): Promise<string> {
    const body = await this.repos.bodies.get(bodyId);
    const meetings = await this.repos.meetings.ofBody(bodyId);
    return meetingsCalendar(body.name, meetings, domain);
  }
}
