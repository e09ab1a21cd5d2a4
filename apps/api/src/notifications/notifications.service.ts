import { Injectable } from '@nestjs/common';
import { Repositories, UnitOfWork, UserEntity } from '@quorum/db';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { NotificationResponse, toNotificationResponse } from './dto/notification.response';
import { PreferencesResponse, UpdatePreferencesDto } from './dto/preferences.dto';

/** The delivery log of a meeting, and each person's choices about e-mail. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async ofMeeting(meetingId: string): Promise<NotificationResponse[]> {
    await this.repos.meetings.assertExists(meetingId);
    return (await this.repos.notifications.ofMeeting(meetingId)).map(toNotificationResponse);
  }

  /** The caller's language and opt-out, kept on their login: the account page and the worker read the same. */
  async preferences(user: AuthenticatedUser): Promise<PreferencesResponse> {
    return toPreferences(await this.repos.users.get(user.id));
  }

  updatePreferences(user: AuthenticatedUser, dto: UpdatePreferencesDto): Promise<PreferencesResponse> {
    return this.unitOfWork.run(user.id, async ({ repos, audit }) => {
      const row = await repos.users.lock(user.id);
      const before = toPreferences(row);
      const after: PreferencesResponse = { ...before, ...dto };
      Object.assign(row, after);
      await repos.users.save(row);
      audit({
        action: 'preferences.update',
        entityType: 'user',
        entityId: user.id,
        before: { ...before },
        after: { ...after },
      });
      return after;
    });
  }
}

function toPreferences(user: UserEntity): PreferencesResponse {
  return { language: user.language, optOutNonEssential: user.optOutNonEssential };
}
