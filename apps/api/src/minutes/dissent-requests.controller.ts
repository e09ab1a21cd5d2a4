import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-errors';
import { UuidParam } from '../common/id.pipe';
import { DissentRequestsService } from './dissent-requests.service';
import { CreateDissentRequestDto, DeclineDissentRequestDto, DissentRequestResponse } from './dto/dissent-request.dto';

@ApiTags('minutes')
@ApiBearerAuth()
@Controller()
export class DissentRequestsController {
  constructor(private readonly requests: DissentRequestsService) {}

  @Post('meetings/:meetingId/minutes/dissent-requests')
  @ApiOperation({ summary: 'Ask for a dissent to be recorded in the minutes' })
  @ApiErrors(400, 404, 409)
  @ApiCreatedResponse({ type: DissentRequestResponse, description: 'Pending until the secretariat decides' })
  request(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: CreateDissentRequestDto,
  ): Promise<DissentRequestResponse> {
    return this.requests.request(actor, meetingId, dto);
  }

  @Get('meetings/:meetingId/minutes/dissent-requests')
  @ApiOperation({ summary: "List a meeting's dissent requests" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: [DissentRequestResponse], description: 'All for the secretariat; a member’s own' })
  list(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
  ): Promise<DissentRequestResponse[]> {
    return this.requests.list(reader, meetingId);
  }

  @Post('dissent-requests/:requestId/accept')
  @ApiOperation({ summary: 'Accept a dissent request into the minutes draft' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: DissentRequestResponse, description: 'The dissent joins the minutes draft under its item' })
  accept(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('requestId', UuidParam('requestId')) requestId: string,
  ): Promise<DissentRequestResponse> {
    return this.requests.accept(actor.id, requestId);
  }

  @Post('dissent-requests/:requestId/decline')
  @ApiOperation({ summary: 'Decline a dissent request with a reason' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: DissentRequestResponse })
  decline(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('requestId', UuidParam('requestId')) requestId: string,
    @Body() dto: DeclineDissentRequestDto,
  ): Promise<DissentRequestResponse> {
    return this.requests.decline(actor.id, requestId, dto.reason);
  }
}
