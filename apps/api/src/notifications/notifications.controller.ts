import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiOkResponse({ type: NotificationResponse, isArray: true })
  ofMeeting(@Param('meetingId', UuidParam('meetingId')) meetingId: string): Promise<NotificationResponse[]> {
    return this.notifications.ofMeeting(meetingId);
  }

  @Get('auth/me/preferences')
  @ApiOkResponse({ type: PreferencesResponse })
  preferences(@CurrentUser() user: AuthenticatedUser): Promise<PreferencesResponse> {
    return this.notifications.preferences(user);
  }

  @Patch('auth/me/preferences')
  @ApiOkResponse({ type: PreferencesResponse })
  updatePreferences(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdatePreferencesDto,
  ): Promise<PreferencesResponse> {
    return this.notifications.updatePreferences(user, dto);
  }
}
