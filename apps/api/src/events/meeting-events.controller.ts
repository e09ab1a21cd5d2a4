import { Controller, MessageEvent, Param, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { Repositories } from '@quorum/db';
import { interval, map, merge, Observable, of, takeUntil } from 'rxjs';
import { UuidParam } from '../common/id.pipe';
import { MeetingEvents } from './meeting-events.service';

/** How often a quiet stream says it is alive, so that proxies and clients do not drop it. */
const KEEPALIVE_MS = 25_000;

@ApiTags('events')
@ApiBearerAuth()
@Controller('meetings/:meetingId/events')
export class MeetingEventsController {
  constructor(
    private readonly events: MeetingEvents,
    private readonly repos: Repositories,
  ) {}

  /**
   * Server-sent events of one meeting: attendance, quorum, polls opened, ballots cast so far, polls
   * closed with their result. The first event, `ready`, tells the client it is subscribed.
   */
  @Sse()
  @ApiOperation({ summary: "Follow a meeting's live events" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ description: 'text/event-stream of the meeting’s live events' })
  async stream(@Param('meetingId', UuidParam('meetingId')) meetingId: string): Promise<Observable<MessageEvent>> {
    await this.repos.meetings.assertExists(meetingId); // a 404 before the stream starts
    return merge(
      of<MessageEvent>({ type: 'ready', data: { meetingId } }),
      this.events.stream(meetingId).pipe(map((event): MessageEvent => ({ type: event.type, data: event }))),
      interval(KEEPALIVE_MS).pipe(map((): MessageEvent => ({ type: 'keepalive', data: {} }))),
    ).pipe(takeUntil(this.events.stopping));
  }
}
