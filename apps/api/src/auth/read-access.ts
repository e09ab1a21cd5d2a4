import { Injectable } from '@nestjs/common';
import { Clock, Repositories } from '@quorum/db';
import { canRead, ForbiddenError, MessageCode, NotFoundError, ReadTopic } from '@quorum/domain';
import { AuthenticatedUser } from './authenticated-user';
import { readerOf } from '../common/reader';

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
  // The body is the `bodyId` filter's; without one the service lists only what the reader may read.
  'GET /recommendations': 'recommendations',
  'GET /recommendations/:recommendationId': 'recommendations',
  'GET /bodies/:bodyId/recommendations/summary': 'recommendations',
  'GET /bodies/:bodyId/recommendations/export.csv': 'recommendations',
  'GET /meetings/:meetingId/actions': 'actions',
};

const REFUSALS: Record<Exclude<ReadTopic, 'public'>, MessageCode> = {
  'working-agenda': 'read.working_agenda',
  memberships: 'read.memberships',
  attendance: 'read.attendance',
  guests: 'read.guests',
  'agenda-requests': 'read.agenda_requests',
  documents: 'read.documents',
  recommendations: 'read.recommendations',
  actions: 'read.actions',
};

/** Lists across bodies whose `bodyId` filter names the body read, as a path parameter would. */
const BODY_FILTERED_LISTS = new Set(['GET /recommendations']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place where read access to a body is decided, called by the AccessGuard on every request:
 * it finds the body the route is about (a path parameter, or the `bodyId` filter of a list) and asks
 * `canRead`. Staff and public topics cost no query; a member's costs two small ones (the meeting's,
 * document's or recommendation's body, the bodies they sit on today). Which rows of a readable body a
 * reader sees (the direction's recommendations once transmitted) is the service's to filter.
 */
@Injectable()
export class ReadAccess {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  async assertMayRead(
    route: string,
    params: Record<string, unknown>,
    user: AuthenticatedUser,
    query: Record<string, unknown> = {},
  ): Promise<void> {
    const topic = READ_TOPIC_OF_ROUTE[route];
    if (topic === undefined || topic === 'public' || user.role === 'admin' || user.role === 'secretariat') return;
    const bodyId = await this.bodyOf(BODY_FILTERED_LISTS.has(route) ? { bodyId: query.bodyId } : params);
    // A malformed id is the validation pipe's to refuse with a 400 naming it.
    if (bodyId === undefined) return;
    if (!canRead(await readerOf(this.repos, this.clock, user), topic, bodyId)) {
      // A body that does not exist is a 404 for everyone, as its handler would answer.
      if (
        params.meetingId === undefined &&
        params.documentId === undefined &&
        !(await this.repos.bodies.exists(bodyId))
      ) {
        throw new NotFoundError('body.not_found', bodyId);
      }
      throw new ForbiddenError(REFUSALS[topic]);
    }
  }

  private async bodyOf(params: Record<string, unknown>): Promise<string | undefined> {
    const { bodyId, meetingId, documentId, recommendationId } = params;
    if (bodyId !== undefined) return typeof bodyId === 'string' && UUID.test(bodyId) ? bodyId : undefined;
    if (documentId !== undefined) {
      if (typeof documentId !== 'string' || !UUID.test(documentId)) return undefined;
      const found = await this.repos.documents.bodyOf(documentId);
      if (found === undefined) throw new NotFoundError('document.not_found', documentId);
      return found;
    }
    if (typeof meetingId === 'string' && UUID.test(meetingId)) {
      const found = await this.repos.users.bodyOfMeeting(meetingId);
      if (found === undefined) throw new NotFoundError('meeting.not_found', meetingId);
      return found;
    }
    if (typeof recommendationId === 'string' && UUID.test(recommendationId)) {
      return (await this.repos.recommendations.get(recommendationId)).bodyId;
    }
    return undefined;
  }
}
