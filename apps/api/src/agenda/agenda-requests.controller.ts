import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { AgendaRequestsService } from './agenda-requests.service';
import { AgendaRequestResponse, CreateAgendaRequestDto, DeclineAgendaRequestDto } from './dto/agenda-request.dto';

@ApiTags('agenda')
@ApiBearerAuth()
@Controller()
export class AgendaRequestsController {
  constructor(private readonly requests: AgendaRequestsService) {}

  @Post('meetings/:meetingId/agenda/requests')
  @ApiOperation({ summary: 'Request an agenda item' })
  @ApiErrors(400, 404, 409)
  @ApiCreatedResponse({ type: AgendaRequestResponse })
  request(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: CreateAgendaRequestDto,
  ): Promise<AgendaRequestResponse> {
    return this.requests.request(actor, meetingId, dto);
  }

  @Get('meetings/:meetingId/agenda/requests')
  @ApiOperation({ summary: "List a meeting's agenda requests" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: [AgendaRequestResponse] })
  list(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
  ): Promise<AgendaRequestResponse[]> {
    return this.requests.list(meetingId, reader);
  }

  @Post('agenda-requests/:requestId/accept')
  @ApiOperation({ summary: 'Accept an agenda request' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: AgendaRequestResponse, description: 'The item joins the end of the agenda' })
  accept(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('requestId', UuidParam('requestId')) requestId: string,
  ): Promise<AgendaRequestResponse> {
    return this.requests.accept(actor.id, requestId);
  }

  @Post('agenda-requests/:requestId/decline')
  @ApiOperation({ summary: 'Decline an agenda request' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: AgendaRequestResponse })
  decline(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('requestId', UuidParam('requestId')) requestId: string,
    @Body() dto: DeclineAgendaRequestDto,
  ): Promise<AgendaRequestResponse> {
    return this.requests.decline(actor.id, requestId, dto.reason);
  }
}
