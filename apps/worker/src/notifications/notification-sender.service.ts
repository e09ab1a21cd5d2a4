import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { Clock, NewNotification, NotificationEntity, Repositories, UnitOfWork } from '@quorum/db';
import {
  composeMessage,
  createMailer,
  isEssential,
  type Language,
  type Mailer,
  type Notification,
  PermanentDeliveryError,
} from '@quorum/notifications';
import { DeliverPayload, JOB_OPTIONS, MeetingEventPayload, NOTIFICATION_JOBS, QUEUES } from '@quorum/queue';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import type { EventFanOut } from './event-notifications';
import { meetingNotification, REMINDER_LEAD_MS, reminderStillDue } from './meeting-notifications';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'refused' | 'gone';

type Claimed = NotificationEntity | 'already-sent' | 'gone';

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
    const written = await this.fanOut({
      eventKey: `${event.event}.${event.meetingId}.${event.sequence}`,
      notification,
      meetingId: meeting.id,
      addressees: members.map((m) => ({
        key: m.personId,
        personId: m.personId,
        name: m.person?.fullName ?? '',
        email: m.person?.email ?? '',
      })),
    });
    if (event.event === 'convocation' || event.event === 'meeting_moved') {
      await this.scheduleReminder(meeting.id, meeting.sequence, meeting.startsAt);
    }
    return written;
  }

  /**
   * Writes one row per addressee (by idempotency key `<event key>.<addressee key>`, so an event seen twice
   * writes nothing more), in each one's language, leaving out those who opted out of a non-essential
   * message; then queues one delivery per row (job id = row id).
   */
  async fanOut({ eventKey, notification, meetingId, addressees }: EventFanOut): Promise<number> {
    const preferences = await this.repos.users.mailPreferencesOf(
      addressees.filter((a) => !a.preferences && a.personId).map((a) => a.personId!),
    );
    const rows: NewNotification[] = addressees
      .map((a) => ({ ...a, preferences: a.preferences ?? (a.personId ? preferences.get(a.personId) : undefined) }))
      .filter((a) => isEssential(notification.kind) || !a.preferences?.optOutNonEssential)
      .map((a) => ({
        idempotencyKey: `${eventKey}.${a.key}`,
        kind: notification.kind,
        meetingId,
        personId: a.personId,
        recipientName: a.name,
        email: a.email,
        language: a.preferences?.language === 'en' ? 'en' : 'fr',
        content: { ...notification },
      }));
    const ids = await this.unitOfWork.run(null, ({ repos }) => repos.notifications.addOnce(rows));
    await this.queue.addBulk(
      ids.map((notificationId) => ({
        name: NOTIFICATION_JOBS.deliver,
        data: { notificationId } satisfies DeliverPayload,
        opts: { ...JOB_OPTIONS.notifications, jobId: notificationId },
      })),
    );
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
   * Sends one row unless it is already sent or refused. The row is marked `sending` and committed before
   * the SMTP transaction, and its outcome recorded after: a temporary failure puts it back to `pending`
   * with the reason (the job retries with backoff), a permanent one marks it `failed`. An attempt that
   * finds the row still `sending` follows one cut off in between (worker killed, database away): the
   * server may have accepted that message, so this one, with the same Message-ID, is flagged as a
   * possible duplicate. See "What delivery guarantees" in the README.
   */
  async deliver(notificationId: string): Promise<DeliveryOutcome> {
    const row = await this.claim(notificationId);
    if (typeof row === 'string') return row;
    const recipient = { name: row.recipientName, email: row.email, language: row.language as Language };
    const message = composeMessage(row.content as unknown as Notification, recipient, {
      publicUrl: this.config.mail.publicUrl,
      organizer: this.config.mail.from,
    });
    try {
      const delivery = await this.mailer.send({ to: recipient, message, idempotencyKey: row.idempotencyKey });
      if (delivery.transport === 'file') this.logger.log(`Message for ${row.email} written to ${delivery.path}`);
      return await this.record(notificationId, 'sent', (r, now) =>
        Object.assign(r, { status: 'sent', sentAt: now, messageId: delivery.messageId, error: null }),
      );
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      if (error instanceof PermanentDeliveryError) {
        return this.record(notificationId, 'refused', (r) => Object.assign(r, { status: 'failed', error: reason }));
      }
      await this.record(notificationId, 'retrying', (r) => Object.assign(r, { status: 'pending', error: reason }));
      throw error;
    }
  }

  /** Marks the row `sending` (committed), or says why there is nothing to send. */
  private claim(notificationId: string): Promise<Claimed> {
    return this.unitOfWork.run(null, async ({ repos, audit }) => {
      const row = await repos.notifications.lock(notificationId);
      if (!row) return 'gone';
      if (row.status === 'sent' || row.status === 'failed') return 'already-sent';
      if (row.status === 'sending') {
        row.possibleDuplicate = true;
        audit({
          action: 'notification.interrupted',
          entityType: 'notification',
          entityId: row.id,
          after: { kind: row.kind, attempts: row.attempts, possibleDuplicate: true },
        });
        this.logger.warn(`Delivery ${row.id} was cut off mid-send: sending again with the same Message-ID`);
      }
      row.status = 'sending';
      row.attempts += 1;
      return repos.notifications.save(row);
    });
  }

  /** Records an attempt's outcome on the row, audited. */
  private record<T extends DeliveryOutcome | 'retrying'>(
    notificationId: string,
    outcome: T,
    apply: (row: NotificationEntity, now: Date) => void,
  ): Promise<T> {
    return this.unitOfWork.run(null, async ({ repos, now, audit }) => {
      const row = await repos.notifications.lock(notificationId);
      if (!row) return outcome;
      apply(row, now);
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
