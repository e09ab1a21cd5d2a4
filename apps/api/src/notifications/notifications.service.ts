import { Injectable } from '@nestjs/common';
import { Repositories, UnitOfWork } from '@quorum/db';
import { ValidationError } from '@quorum/domain';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { NotificationResponse, toNotificationResponse } from './dto/notification.response';
import { PreferencesResponse, UpdatePreferencesDto } from './dto/preferences.dto';

const DEFAULTS: PreferencesResponse = { language: 'fr', optOutNonEssential: false };

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

  async preferences(user: AuthenticatedUser): Promise<PreferencesResponse> {
    if (!user.personId) return DEFAULTS;
    return toPreferences((await this.repos.notifications.preferencesOf([user.personId])).get(user.personId));
  }

  async updatePreferences(user: AuthenticatedUser, dto: UpdatePreferencesDto): Promise<PreferencesResponse> {
    const personId = user.personId;
    if (!personId) {
      throw new ValidationError('notification.no_email', {}, ['personId']);
    }
    return this.unitOfWork.run(user.id, async ({ repos, audit }) => {
      const before = toPreferences((await repos.notifications.preferencesOf([personId])).get(personId));
      const after: PreferencesResponse = { ...before, ...dto };
      await repos.notifications.savePreference({ personId, ...after });
      audit({
        action: 'preferences.update',
        entityType: 'person',
        entityId: personId,
        before: { ...before },
        after: { ...after },
      });
      return after;
    });
  }
}

function toPreferences(row: { language: string; optOutNonEssential: boolean } | undefined): PreferencesResponse {
  if (!row) return DEFAULTS;
  return { language: row.language === 'en' ? 'en' : 'fr', optOutNonEssential: row.optOutNonEssential };
}
