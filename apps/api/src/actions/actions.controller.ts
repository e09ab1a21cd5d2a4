import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
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
  @ApiCreatedResponse({ type: ActionResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: CreateActionDto,
  ): Promise<ActionResponse> {
    return this.actions.create(user, meetingId, dto);
  }

  @Patch('actions/:actionId')
  @ApiOkResponse({ type: ActionResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('actionId', UuidParam('actionId')) id: string,
    @Body() dto: UpdateActionDto,
  ): Promise<ActionResponse> {
    return this.actions.update(user, id, dto);
  }
}
