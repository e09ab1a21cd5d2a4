import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Clock } from '@quorum/db';
import {
  DeliverPayload,
  MandatesDigestPayload,
  MeetingEventPayload,
  NOTIFICATION_JOBS,
  NotificationEventPayload,
  NotificationJobName,
  NotificationPayload,
  QUEUES,
} from '@quorum/queue';
import { Job, UnrecoverableError } from 'bullmq';
import { EventNotifications } from './event-notifications';
import { MandatesDigest } from './mandates-digest.service';
import { NotificationSender } from './notification-sender.service';

/**
 * The one processor of the `notifications` queue. A job whose worker died is taken up again once its
 * lock expires; a temporary SMTP failure is retried with the backoff declared in libs/queue.
 */
@Processor(QUEUES.notifications, { lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 3 })
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly sender: NotificationSender,
    private readonly events: EventNotifications,
    private readonly digest: MandatesDigest,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job<NotificationPayload, unknown, string>): Promise<unknown> {
    const name = job.name as NotificationJobName;
    switch (name) {
      case NOTIFICATION_JOBS.meetingEvent:
        return this.sender.fanOutMeetingEvent(job.data as MeetingEventPayload);
      case NOTIFICATION_JOBS.event: {
        const fanOut = await this.events.of(job.data as NotificationEventPayload);
        return fanOut ? this.sender.fanOut(fanOut) : 0;
      }
      case NOTIFICATION_JOBS.mandatesDigest: {
        const { at } = job.data as MandatesDigestPayload;
        return this.digest.send(at ? new Date(at) : this.clock.now());
      }
      case NOTIFICATION_JOBS.deliver:
        return this.sender.deliver((job.data as DeliverPayload).notificationId).catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          this.logger.warn(`Delivery ${job.id} failed (attempt ${job.attemptsMade + 1}), will retry: ${message}`);
          throw error;
        });
      default: {
        const unknown: never = name;
        throw new UnrecoverableError(`Unknown job name ${String(unknown)} on queue ${QUEUES.notifications}`);
      }
    }
  }
}
