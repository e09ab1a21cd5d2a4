import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import {
  DeliverPayload,
  MeetingEventPayload,
  NOTIFICATION_JOBS,
  NotificationJobName,
  NotificationPayload,
  QUEUES,
} from '@quorum/queue';
import { Job, UnrecoverableError } from 'bullmq';
import { NotificationSender } from './notification-sender.service';

/**
 * The one processor of the `notifications` queue. A job whose worker died is taken up again once its
 * lock expires; a temporary SMTP failure is retried with the backoff declared in libs/queue.
 */
@Processor(QUEUES.notifications, { lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 3 })
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(private readonly sender: NotificationSender) {
    super();
  }

  async process(job: Job<NotificationPayload, unknown, string>): Promise<unknown> {
    const name = job.name as NotificationJobName;
    switch (name) {
      case NOTIFICATION_JOBS.meetingEvent:
        return this.sender.fanOutMeetingEvent(job.data as MeetingEventPayload);
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
