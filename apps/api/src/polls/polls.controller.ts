import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { ClosePollDto, CreatePollDto } from './dto/poll.dto';
import { PollResponse } from './dto/poll.response';
import { PollsService } from './polls.service';

@ApiTags('polls')
@ApiBearerAuth()
@Controller()
export class PollsController {
  constructor(private readonly polls: PollsService) {}

  @Post('agenda-items/:itemId/polls')
  @ApiOperation({ summary: 'Put a poll on an agenda item' })
  @ApiErrors(400, 404, 409, 422)
  @ApiCreatedResponse({ type: PollResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('itemId', UuidParam('itemId')) itemId: string,
    @Body() dto: CreatePollDto,
  ): Promise<PollResponse> {
    return this.polls.create(user, itemId, dto);
  }

  @Get('meetings/:meetingId/polls')
  @ApiOperation({ summary: "List a meeting's polls" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: [PollResponse] })
  ofMeeting(
    @CurrentUser() user: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
  ): Promise<PollResponse[]> {
    return this.polls.ofMeeting(user, meetingId);
  }

  @Get('polls/:pollId')
  @ApiOperation({ summary: 'Read a poll and its result' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: PollResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param('pollId', UuidParam('pollId')) id: string): Promise<PollResponse> {
    return this.polls.get(user, id);
  }

  @Post('polls/:pollId/open')
  @ApiOperation({ summary: 'Open a poll' })
  @ApiErrors(400, 404, 409, [422, 'No quorum, or amendments still to be voted'])
  @HttpCode(200)
  @ApiOkResponse({ type: PollResponse })
  open(
    @CurrentUser() user: AuthenticatedUser,
    @Param('pollId', UuidParam('pollId')) id: string,
  ): Promise<PollResponse> {
    return this.polls.open(user, id);
  }

  @Post('polls/:pollId/close')
  @ApiOperation({ summary: 'Close a poll' })
  @ApiErrors(400, 404, 409, 422)
  @HttpCode(200)
  @ApiOkResponse({ type: PollResponse })
  close(
    @CurrentUser() user: AuthenticatedUser,
    @Param('pollId', UuidParam('pollId')) id: string,
    @Body() dto: ClosePollDto,
  ): Promise<PollResponse> {
    return this.polls.close(user, id, dto);
  }
}
