import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { Language, ValidationError } from '@quorum/domain';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UuidParam } from '../common/id.pipe';
import { RequestLanguage } from '../common/request-language';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageLinks, pageOf } from '../common/pagination';
import { CalendarService } from './calendar.service';
import {
  CancelMeetingDto,
  ConveneDto,
  CreateMeetingDto,
  OpenMeetingDto,
  ReconveneDto,
  ScheduleYearDto,
  UpdateMeetingDto,
} from './dto/meeting.dto';
import { MeetingResponse, ScheduleResponse } from './dto/meeting.response';
import { MeetingLifecycleService } from './meeting-lifecycle.service';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller()
export class MeetingsController {
  constructor(
    private readonly pageLinks: PageLinks,
    private readonly meetings: MeetingsService,
    private readonly lifecycle: MeetingLifecycleService,
    private readonly calendar: CalendarService,
  ) {}

  @Get('bodies/:bodyId/meetings')
  @ApiOperation({ summary: "List a body's meetings" })
  @ApiErrors(400, 404)
  @ApiQuery({ name: 'year', required: false, example: 2027 })
  @ApiQuery({
    name: 'order',
    required: false,
    enum: ['asc', 'desc'],
    description:
      '`asc` (the default): in time order; `desc`: the latest first, so that the first page holds the upcoming and most recent meetings however long the history',
  })
  @ApiQuery({ name: 'limit', required: false, example: DEFAULT_PAGE_SIZE, description: `1 to ${MAX_PAGE_SIZE}` })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  @ApiOkResponse({
    type: [MeetingResponse],
    description: 'In time order (or the latest first with order=desc), one page at a time',
    headers: {
      Link: { description: 'rel="next": the URL of the next page, when there is one', schema: { type: 'string' } },
    },
  })
  async list(
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestLanguage() language: Language,
    @Query('year') year?: string,
    @Query('order') order?: string,
    @Query('limit') limit?: string,
    @Query('offset') offset?: string,
  ): Promise<MeetingResponse[]> {
    if (year !== undefined && !/^\d{4}$/.test(year)) {
      throw new ValidationError('validation.year', { field: 'year' }, ['year']);
    }
    if (order !== undefined && order !== 'asc' && order !== 'desc') {
      throw new ValidationError('validation.is_in', { field: 'order', values: 'asc, desc' }, ['order']);
    }
    const page = pageOf(limit, offset);
    const { items, more } = await this.meetings.list(
      bodyId,
      { year: year === undefined ? undefined : Number(year), latestFirst: order === 'desc' },
      page,
      language,
    );
    this.pageLinks.next(request, reply, page, more);
    return items;
  }

  @Post('bodies/:bodyId/meetings')
  @ApiOperation({ summary: 'Plan a meeting' })
  @ApiErrors(400, 404, 409, 422)
  @ApiCreatedResponse({ type: MeetingResponse })
  create(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Body() dto: CreateMeetingDto,
    @RequestLanguage() language: Language,
  ): Promise<MeetingResponse> {
    return this.meetings.create(actor.id, bodyId, dto, language);
  }

  @Post('bodies/:bodyId/meetings/schedule')
  @ApiOperation({ summary: "Plan a year's ordinary meetings" })
  @ApiErrors(400, 404, 422)
  @HttpCode(200)
  @ApiOkResponse({ type: ScheduleResponse, description: 'The ordinary meetings of the year; idempotent' })
  schedule(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Body() dto: ScheduleYearDto,
    @RequestLanguage() language: Language,
  ): Promise<ScheduleResponse> {
    return this.meetings.schedule(actor.id, bodyId, dto.year, language);
  }

  @Get('bodies/:bodyId/calendar.ics')
  @ApiOperation({ summary: "Read a body's meetings as iCalendar" })
  @ApiErrors(400, 404)
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar feed, one event per meeting' })
  feed(@Param('bodyId', UuidParam('bodyId')) bodyId: string): Promise<string> {
    return this.calendar.feed(bodyId, 'quorum');
  }

  @Get('meetings/:meetingId')
  @ApiOperation({ summary: 'Read a meeting' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: MeetingResponse })
  get(
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @RequestLanguage() language: Language,
  ): Promise<MeetingResponse> {
    return this.meetings.get(meetingId, language);
  }

  @Patch('meetings/:meetingId')
  @ApiOperation({ summary: 'Change a meeting' })
  @ApiErrors(400, 404, 409, 422)
  @ApiOkResponse({ type: MeetingResponse })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: UpdateMeetingDto,
    @RequestLanguage() language: Language,
  ): Promise<MeetingResponse> {
    return this.meetings.update(actor.id, meetingId, dto, language);
  }

  @Post('meetings/:meetingId/convene')
  @ApiOperation({ summary: 'Convene a meeting' })
  @ApiErrors(400, 404, 409, 422)
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingResponse })
  convene(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: ConveneDto,
    @RequestLanguage() language: Language,
  ): Promise<MeetingResponse> {
    return this.lifecycle.convene(actor.id, meetingId, dto, language);
  }

  @Post('meetings/:meetingId/open')
  @ApiOperation({ summary: 'Open a meeting' })
  @ApiErrors(400, 404, 409, 422)
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingResponse })
  open(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: OpenMeetingDto,
    @RequestLanguage() language: Language,
  ): Promise<MeetingResponse> {
    return this.lifecycle.open(actor.id, meetingId, dto, language);
  }

  @Post('meetings/:meetingId/close')
  @ApiOperation({ summary: 'Close a meeting' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingResponse })
  close(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @RequestLanguage() language: Language,
  ): Promise<MeetingResponse> {
    return this.lifecycle.close(actor.id, meetingId, language);
  }

  @Post('meetings/:meetingId/cancel')
  @ApiOperation({ summary: 'Cancel a meeting' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingResponse })
  cancel(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: CancelMeetingDto,
    @RequestLanguage() language: Language,
  ): Promise<MeetingResponse> {
    return this.lifecycle.cancel(actor.id, meetingId, dto.reason, language);
  }

  @Post('meetings/:meetingId/reconvene')
  @ApiOperation({ summary: 'Reconvene a meeting that lacked quorum' })
  @ApiErrors(400, 404, 409, 422)
  @ApiCreatedResponse({ type: MeetingResponse, description: 'The new meeting, on the same agenda, without quorum' })
  reconvene(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: ReconveneDto,
    @RequestLanguage() language: Language,
  ): Promise<MeetingResponse> {
    return this.lifecycle.reconvene(actor.id, meetingId, dto, language);
  }
}
