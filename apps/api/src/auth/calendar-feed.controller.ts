import { Controller, Get, Header, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import type { FastifyRequest } from 'fastify';
import { assertNoBody } from '../common/no-body';
import { AuthenticatedUser, CurrentUser } from './authenticated-user';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedResponse } from './dto/calendar-feed.dto';

@ApiTags('auth')
@Controller()
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get('auth/calendar-feed')
  @ApiOperation({ summary: "Read the caller's calendar feed address" })
  @ApiBearerAuth()
  @ApiOkResponse({ type: CalendarFeedResponse, description: 'The secret URL of the caller’s calendar feed' })
  links(@CurrentUser() caller: AuthenticatedUser): Promise<CalendarFeedResponse> {
    return this.feeds.links(caller);
  }

  @Post('auth/calendar-feed/rotate')
  @ApiOperation({ summary: "Replace the caller's calendar feed address" })
  @ApiErrors([400, 'A body was sent: this operation takes none'])
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: CalendarFeedResponse, description: 'A new secret URL; the previous one stops working' })
  async rotate(
    @CurrentUser() caller: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<CalendarFeedResponse> {
    assertNoBody(request.body);
    return this.feeds.rotate(caller);
  }

  @Get('calendar/:feedToken.ics')
  @ApiOperation({ summary: 'Read a personal calendar feed (iCalendar)' })
  @ApiErrors([404, 'Unknown or replaced feed address'])
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar feed of the meetings of the user’s bodies; no bearer token needed' })
  calendar(@Param('feedToken') feedToken: string): Promise<string> {
    return this.feeds.calendar(feedToken, 'quorum');
  }
}
