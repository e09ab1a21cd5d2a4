import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { ValidationError } from '@quorum/domain';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { ActionsService } from './actions.service';
import { CreateActionDto, UpdateActionDto } from './dto/action.dto';
import { ActionResponse } from './dto/action.response';

@ApiTags('actions')
@ApiBearerAuth()
@Controller()
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @Get('meetings/:meetingId/actions')
  @ApiOperation({ summary: "List a meeting's actions" })
  @ApiErrors(400, 404)
  @ApiQuery({ name: 'overdue', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ type: [ActionResponse] })
  list(
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Query('overdue') overdue?: string,
  ): Promise<ActionResponse[]> {
    if (overdue !== undefined && overdue !== 'true' && overdue !== 'false') {
      throw new ValidationError('validation.true_or_false', { field: 'overdue' }, ['overdue']);
    }
    return this.actions.list(meetingId, overdue === 'true');
  }

  @Post('meetings/:meetingId/actions')
  @ApiOperation({ summary: 'Record an action decided in a meeting' })
  @ApiErrors(400, 404)
  @ApiCreatedResponse({ type: ActionResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: CreateActionDto,
  ): Promise<ActionResponse> {
    return this.actions.create(user, meetingId, dto);
  }

  @Patch('actions/:actionId')
  @ApiOperation({ summary: 'Change an action' })
  @ApiErrors(400, 404, 409)
  @ApiOkResponse({ type: ActionResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('actionId', UuidParam('actionId')) id: string,
    @Body() dto: UpdateActionDto,
  ): Promise<ActionResponse> {
    return this.actions.update(user, id, dto);
  }
}
