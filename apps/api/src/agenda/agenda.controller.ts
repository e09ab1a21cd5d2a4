import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { PositiveIntParam } from '../common/int.pipe';
import { AgendaPublishingService } from './agenda-publishing.service';
import { AgendaService } from './agenda.service';
import { CreateAgendaItemDto, PublishAgendaDto, ReorderAgendaDto, UpdateAgendaItemDto } from './dto/agenda-item.dto';
import { AgendaDiffResponse, AgendaItemResponse, AgendaResponse, AgendaVersionResponse } from './dto/agenda.response';

@ApiTags('agenda')
@ApiBearerAuth()
@Controller()
export class AgendaController {
  constructor(
    private readonly agenda: AgendaService,
    private readonly publishing: AgendaPublishingService,
  ) {}

  @Get('meetings/:meetingId/agenda')
  @ApiOperation({ summary: "Read a meeting's working agenda" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: AgendaResponse })
  get(@Param('meetingId', UuidParam('meetingId')) meetingId: string): Promise<AgendaResponse> {
    return this.agenda.get(meetingId);
  }

  @Post('meetings/:meetingId/agenda/items')
  @ApiOperation({ summary: 'Add an agenda item' })
  @ApiErrors(400, 404, 409)
  @ApiCreatedResponse({ type: AgendaItemResponse })
  addItem(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: CreateAgendaItemDto,
  ): Promise<AgendaItemResponse> {
    return this.agenda.addItem(actor.id, meetingId, dto);
  }

  @Patch('agenda-items/:itemId')
  @ApiOperation({ summary: 'Change an agenda item' })
  @ApiErrors(400, 404, 409)
  @ApiOkResponse({ type: AgendaItemResponse })
  updateItem(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('itemId', UuidParam('itemId')) itemId: string,
    @Body() dto: UpdateAgendaItemDto,
  ): Promise<AgendaItemResponse> {
    return this.agenda.updateItem(actor.id, itemId, dto);
  }

  @Delete('agenda-items/:itemId')
  @ApiOperation({ summary: 'Remove an agenda item' })
  @ApiErrors(400, 404, 409)
  @HttpCode(204)
  @ApiNoContentResponse()
  removeItem(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('itemId', UuidParam('itemId')) itemId: string,
  ): Promise<void> {
    return this.agenda.removeItem(actor.id, itemId);
  }

  @Post('meetings/:meetingId/agenda/reorder')
  @ApiOperation({ summary: 'Reorder the agenda' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: AgendaResponse })
  reorder(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: ReorderAgendaDto,
  ): Promise<AgendaResponse> {
    return this.agenda.reorder(actor.id, meetingId, dto);
  }

  @Post('meetings/:meetingId/agenda/publish')
  @ApiOperation({ summary: 'Publish the agenda as a new version' })
  @ApiErrors(400, 404, 409, 422)
  @ApiCreatedResponse({ type: AgendaVersionResponse })
  publish(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: PublishAgendaDto,
  ): Promise<AgendaVersionResponse> {
    return this.publishing.publish(actor.id, meetingId, dto.changeNote);
  }

  @Get('meetings/:meetingId/agenda/versions')
  @ApiOperation({ summary: 'List the published versions of an agenda' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: [AgendaVersionResponse] })
  versions(@Param('meetingId', UuidParam('meetingId')) meetingId: string): Promise<AgendaVersionResponse[]> {
    return this.publishing.versions(meetingId);
  }

  @Get('meetings/:meetingId/agenda/versions/:from/diff/:to')
  @ApiOperation({ summary: 'Compare two published versions of an agenda' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: AgendaDiffResponse })
  diff(
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Param('from', PositiveIntParam('from')) from: number,
    @Param('to', PositiveIntParam('to')) to: number,
  ): Promise<AgendaDiffResponse> {
    return this.publishing.diff(meetingId, from, to);
  }
}
