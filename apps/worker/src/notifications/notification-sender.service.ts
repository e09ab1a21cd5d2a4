import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { Clock, NewNotification, Repositories, UnitOfWork } from '@quorum/db';
import {
  composeMessage,
  createMailer,
  type Language,
  type Mailer,
  type Notification,
  PermanentDeliveryError,
} from '@quorum/notifications';
import { DeliverPayload, JOB_OPTIONS, MeetingEventPayload, NOTIFICATION_JOBS, QUEUES } from '@quorum/queue';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { meetingNotification, REMINDER_LEAD_MS, reminderStillDue } from './meeting-notifications';

/** Messages a member may turn off; a convocation, a move or a cancellation always goes. */
const NON_ESSENTIAL = new Set<Notification['kind']>(['meeting_reminder', 'mandates_ending']);

export type DeliveryOutcome = 'sent' | 'already-sent' | 'refused' | 'gone';

/**
 * Turns events into notification rows (one per event × recipient, written once whatever the number of
 * times the event arrives) and sends each row at most once: the row is locked for the time of the
 * send and marked `sent` in the same transaction, so a retried or doubled job finds it sent.
 */
@Injectable()
export class NotificationSender implements OnApplicationShutdown {
  private readonly logger = new Logger(NotificationSender.name);
  private readonly mailer: Mailer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    @InjectQueue(QUEUES.notifications) private readonly queue: Queue,
  ) {
    this.mailer = createMailer({ ...config.mail, timeouts: { connection: 10_000, greeting: 10_000, socket: 30_000 } });
    if (this.mailer.transport === 'file') {
      this.logger.log(`No SMTP_URL: messages are written as .eml files under ${config.mail.outboxDir}`);
    }
  }

  onApplicationShutdown(): void {
    this.mailer.close();
  }

  /** Writes the rows of a meeting event (each sitting member with an e-mail) and queues their delivery. */
  async fanOutMeetingEvent(event: MeetingEventPayload): Promise<number> {
    const { meeting, body } = await this.repos.meetings.withBody(event.meetingId);
    if (event.event === 'meeting_reminder' && !reminderStillDue(meeting, event.sequence)) return 0;
    const agenda = await this.repos.agenda.latestVersion(meeting.id);
    const notification = meetingNotification(event, meeting, body, agenda);
    const onDay = meeting.startsAt.toISOString().slice(0, 10);
    const members = (await this.repos.memberships.list(body.id, onDay)).filter((m) => m.person?.email);
    const preferences = await this.repos.notifications.preferencesOf(members.map((m) => m.personId));
    const eventKey = `${event.event}.${event.meetingId}.${event.sequence}`;
    const rows: NewNotification[] = members
      .filter((m) => !(NON_ESSENTIAL.has(notification.kind) && preferences.get(m.personId)?.optOutNonEssential))
      .map((m) => ({
        idempotencyKey: `${eventKey}.${m.personId}`,
        kind: notification.kind,
        meetingId: meeting.id,
        personId: m.personId,
        recipientName: m.person?.fullName ?? '',
        email: m.person?.email ?? '',
        language: preferences.get(m.personId)?.language === 'en' ? 'en' : 'fr',
        content: { ...notification },
      }));
    const ids = await this.unitOfWork.run(null, ({ repos }) => repos.notifications.addOnce(rows));
    // Job id = row id: a fan-out run twice queues each delivery once.
    await this.queue.addBulk(
      ids.map((notificationId) => ({
        name: NOTIFICATION_JOBS.deliver,
        data: { notificationId } satisfies DeliverPayload,
        opts: { ...JOB_OPTIONS.notifications, jobId: notificationId },
      })),
    );
    if (event.event === 'convocation' || event.event === 'meeting_moved') {
      await this.scheduleReminder(meeting.id, meeting.sequence, meeting.startsAt);
    }
    return ids.length;
  }

  /** Queues the reminder two days before the meeting (at once when that is past), once per SEQUENCE. */
  private async scheduleReminder(meetingId: string, sequence: number, startsAt: Date): Promise<void> {
    const payload: MeetingEventPayload = { event: 'meeting_reminder', meetingId, sequence };
    const delay = Math.max(0, startsAt.getTime() - REMINDER_LEAD_MS - this.clock.now().getTime());
    await this.queue.add(NOTIFICATION_JOBS.meetingEvent, payload, {
      ...JOB_OPTIONS.notifications,
      jobId: `meeting_reminder.${meetingId}.${sequence}`,
      delay,
    });
  }

  /**
   * Sends one row unless it is already sent. A temporary failure leaves it pending (the job retries with
   * backoff); a permanent one marks it failed with the server's answer, and is not retried.
   */
  async deliver(notificationId: string): Promise<DeliveryOutcome> {
    return this.unitOfWork.run(null, async ({ repos, now, audit }) => {
      const row = await repos.notifications.lock(notificationId);
      if (!row) return 'gone';
      if (row.status !== 'pending') return 'already-sent';
      const recipient = { name: row.recipientName, email: row.email, language: row.language as Language };
      const message = composeMessage(row.content as unknown as Notification, recipient, {
        publicUrl: this.config.mail.publicUrl,
        organizer: this.config.mail.from,
      });
      row.attempts += 1;
      let outcome: DeliveryOutcome = 'sent';
      try {
        const delivery = await this.mailer.send({ to: recipient, message, idempotencyKey: row.idempotencyKey });
        Object.assign(row, { status: 'sent', sentAt: now, messageId: delivery.messageId, error: null });
        if (delivery.transport === 'file') this.logger.log(`Message for ${row.email} written to ${delivery.path}`);
      } catch (error) {
        if (!(error instanceof PermanentDeliveryError)) throw error;
        Object.assign(row, { status: 'failed', error: error.message.slice(0, 1000) });
        outcome = 'refused';
      }
      await repos.notifications.save(row);
      audit({
        action: `notification.${outcome}`,
        entityType: 'notification',
        entityId: row.id,
        after: { kind: row.kind, status: row.status, attempts: row.attempts, error: row.error },
      });
      return outcome;
    });
  }
}
