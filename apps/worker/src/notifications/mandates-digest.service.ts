import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Repositories } from '@quorum/db';
import { CALENDAR_TIME_ZONE, compositionOn, isoDateIn, isoWeekOf } from '@quorum/domain';
import type { MandatesEnding } from '@quorum/notifications';
import { JOB_OPTIONS, MANDATES_DIGEST_SCHEDULE, MandatesDigestPayload, NOTIFICATION_JOBS, QUEUES } from '@quorum/queue';
import { Queue } from 'bullmq';
import type { Addressee } from './event-notifications';
import { NotificationSender } from './notification-sender.service';

/**
 * The secretariat's weekly digest of the mandates ending within 90 days, one per body that has any.
 * A BullMQ job scheduler fires it every Monday at 08:00, Paris time; each message is keyed by body,
 * ISO week and login, so a second run in the same week (a retry, a restart, a manual run) sends nothing.
 */
@Injectable()
export class MandatesDigest implements OnApplicationBootstrap {
  private readonly logger = new Logger(MandatesDigest.name);

  constructor(
    private readonly repos: Repositories,
    private readonly sender: NotificationSender,
    @InjectQueue(QUEUES.notifications) private readonly queue: Queue,
  ) {}

  /** Declares the weekly schedule (idempotent: every worker declares the same one). Not awaited: Redis may be away. */
  onApplicationBootstrap(): void {
    const { id, pattern, tz } = MANDATES_DIGEST_SCHEDULE;
    this.queue
      .upsertJobScheduler(
        id,
        { pattern, tz },
        {
          name: NOTIFICATION_JOBS.mandatesDigest,
          data: {} satisfies MandatesDigestPayload,
          opts: JOB_OPTIONS.notifications,
        },
      )
      .catch((error: unknown) => this.logger.warn(`Could not schedule the mandates digest: ${String(error)}`));
  }

  /** Writes and queues the digest of the week of `at`; returns how many messages were written. */
  async send(at: Date): Promise<number> {
    const day = isoDateIn(at, CALENDAR_TIME_ZONE);
    const week = isoWeekOf(day);
    const secretariat = await this.repos.users.secretariat();
    const addressees: Addressee[] = secretariat.map((u) => ({
      key: `user-${u.id}`,
      personId: u.personId,
      name: u.person?.fullName ?? u.email,
      email: u.email,
      preferences: { language: u.language, optOutNonEssential: u.optOutNonEssential },
    }));
    if (!addressees.length) return 0;
    let written = 0;
    for (const body of await this.repos.bodies.list()) {
      const mandates = await this.repos.memberships.heldBySittingOn(body.id, day);
      const { endingSoon } = compositionOn(
        day,
        body,
        mandates,
        mandates.map((m) => m.person!),
      );
      if (!endingSoon.length) continue;
      const labels = new Map(body.categories.map((c) => [c.code, c.label]));
      const notification: MandatesEnding = {
        kind: 'mandates_ending',
        bodyId: body.id,
        bodyName: body.name,
        mandates: endingSoon.map((m) => ({
          personName: m.fullName,
          categoryLabel: labels.get(m.category) ?? m.category,
          endDate: m.endDate!,
          renewable: m.mayBeRenewed,
        })),
      };
      written += await this.sender.fanOut({
        eventKey: `mandates_ending.${body.id}.${week}`,
        notification,
        meetingId: null,
        addressees,
      });
    }
    return written;
  }
}
