import { Injectable } from '@nestjs/common';
import { Repositories, UnitOfWork, UserEntity } from '@quorum/db';
import { assertMayResend, resendAddress } from '@quorum/domain';
import { deliverAgainMessage } from '@quorum/queue';
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

  /**
   * Sends a message the mail server refused for good once more, to the person's address as it stands
   * now (the secretariat corrects it first, on the person's page): the line goes back to waiting, and
   * the worker delivers it as any other.
   */
  resend(actorId: string, notificationId: string): Promise<NotificationResponse> {
    return this.unitOfWork.run(actorId, async ({ repos, audit, outbox }) => {
      const row = await repos.notifications.lockExisting(notificationId);
      assertMayResend(row.status);
      const before = { status: row.status, email: row.email, error: row.error };
      const person = row.personId ? await repos.people.find(row.personId) : null;
      Object.assign(row, { status: 'pending', error: null, email: resendAddress(row.email, person?.email) });
      const saved = await repos.notifications.save(row);
      audit({
        action: 'notification.resend',
        entityType: 'notification',
        entityId: row.id,
        before,
        after: { status: saved.status, email: saved.email, error: null },
      });
      outbox(deliverAgainMessage(row.id, row.attempts));
      return toNotificationResponse(saved);
    });
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
