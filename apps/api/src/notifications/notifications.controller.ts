import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { NotificationResponse } from './dto/notification.response';
import { PreferencesResponse, UpdatePreferencesDto } from './dto/preferences.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('meetings/:meetingId/notifications')
  @ApiOperation({ summary: 'List the messages sent about a meeting' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: NotificationResponse, isArray: true })
  ofMeeting(@Param('meetingId', UuidParam('meetingId')) meetingId: string): Promise<NotificationResponse[]> {
    return this.notifications.ofMeeting(meetingId);
  }

  @Post('notifications/:notificationId/resend')
  @ApiOperation({
    summary: 'Send a refused message again',
    description:
      'Only a message the mail server refused for good (`failed`); it goes to the person’s address as it stands now. The worker delivers it: the line reads `pending`, then `sent` or `failed`.',
  })
  @ApiErrors(400, 404, 409)
  @HttpCode(202)
  @ApiAcceptedResponse({ type: NotificationResponse, description: 'The line, waiting for the worker' })
  resend(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('notificationId', UuidParam('notificationId')) notificationId: string,
  ): Promise<NotificationResponse> {
    return this.notifications.resend(actor.id, notificationId);
  }

  @Get('auth/me/preferences')
  @ApiOperation({ summary: "Read the caller's e-mail preferences" })
  @ApiOkResponse({ type: PreferencesResponse })
  preferences(@CurrentUser() user: AuthenticatedUser): Promise<PreferencesResponse> {
    return this.notifications.preferences(user);
  }

  @Patch('auth/me/preferences')
  @ApiOperation({ summary: "Change the caller's e-mail preferences" })
  @ApiErrors(400)
  @ApiOkResponse({ type: PreferencesResponse })
  updatePreferences(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdatePreferencesDto,
  ): Promise<PreferencesResponse> {
    return this.notifications.updatePreferences(user, dto);
  }
}
