import { Injectable } from '@nestjs/common';
import { Clock, Repositories } from '@quorum/db';
import {
  CALENDAR_TIME_ZONE,
  canRead,
  ForbiddenError,
  isoDateIn,
  MessageCode,
  NotFoundError,
  ReadTopic,
} from '@quorum/domain';
import { AuthenticatedUser } from './authenticated-user';

/**
 * What each read route of a body shows (see `canRead` in libs/domain). A route not listed here is
 * not about one body (users, people, audit) and is governed by the access matrix alone.
 */
export const READ_TOPIC_OF_ROUTE: Record<string, ReadTopic> = {
  'GET /bodies/:bodyId': 'public',
  'GET /bodies/:bodyId/composition': 'public',
  'GET /bodies/:bodyId/meetings': 'public',
  'GET /bodies/:bodyId/calendar.ics': 'public',
  'GET /meetings/:meetingId': 'public',
  'GET /meetings/:meetingId/agenda/versions': 'public',
  'GET /meetings/:meetingId/agenda/versions/:from/diff/:to': 'public',
  'GET /meetings/:meetingId/agenda': 'working-agenda',
  'GET /bodies/:bodyId/memberships': 'memberships',
  'GET /meetings/:meetingId/attendance': 'attendance',
  'GET /meetings/:meetingId/guests': 'guests',
  'GET /meetings/:meetingId/agenda/requests': 'agenda-requests',
  'GET /meetings/:meetingId/documents': 'documents',
  'GET /documents/:documentId': 'documents',
};

const REFUSALS: Record<Exclude<ReadTopic, 'public'>, MessageCode> = {
  'working-agenda': 'read.working_agenda',
  memberships: 'read.memberships',
  attendance: 'read.attendance',
  guests: 'read.guests',
  'agenda-requests': 'read.agenda_requests',
  documents: 'read.documents',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place where read access to a body is decided, called by the AccessGuard on every request:
 * it finds the body the route is about and asks `canRead`. Staff and public topics cost no query; a
 * member's costs two small ones (the meeting's or document's body, the bodies they sit on today).
 */
@Injectable()
export class ReadAccess {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  async assertMayRead(
    route: string,
    params: Record<string, string | undefined>,
    user: AuthenticatedUser,
  ): Promise<void> {
    const topic = READ_TOPIC_OF_ROUTE[route];
    if (topic === undefined || topic === 'public' || user.role === 'admin' || user.role === 'secretariat') return;
    const bodyId = await this.bodyOf(params);
    // A malformed id is the validation pipe's to refuse with a 400 naming it.
    if (bodyId === undefined) return;
    const today = isoDateIn(this.clock.now(), CALENDAR_TIME_ZONE);
    const sittingBodyIds = user.personId ? await this.repos.users.sittingBodyIds(user.personId, today) : [];
    if (!canRead({ userId: user.id, role: user.role, sittingBodyIds }, topic, bodyId)) {
      // A body that does not exist is a 404 for everyone, as its handler would answer.
      if (params.bodyId !== undefined && !(await this.repos.bodies.exists(bodyId))) {
        throw new NotFoundError('body.not_found', bodyId);
      }
      throw new ForbiddenError(REFUSALS[topic]);
    }
  }

  private async bodyOf(params: Record<string, string | undefined>): Promise<string | undefined> {
    const { bodyId, meetingId, documentId } = params;
    if (bodyId !== undefined) return UUID.test(bodyId) ? bodyId : undefined;
    if (documentId !== undefined) {
      if (!UUID.test(documentId)) return undefined;
      const found = await this.repos.documents.bodyOf(documentId);
      if (found === undefined) throw new NotFoundError('document.not_found', documentId);
      return found;
    }
    if (meetingId === undefined || !UUID.test(meetingId)) return undefined;
    const found = await this.repos.users.bodyOfMeeting(meetingId);
    if (found === undefined) throw new NotFoundError('meeting.not_found', meetingId);
    return found;
  }
}
