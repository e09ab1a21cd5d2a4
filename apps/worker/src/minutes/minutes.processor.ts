import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { MINUTES_JOBS, MinutesJobName, MinutesRenderPayload, QUEUES } from '@quorum/queue';
import { Job, UnrecoverableError } from 'bullmq';
import { MinutesRenderer, VersionGoneError } from './minutes-renderer.service';

/**
 * The one processor of the `minutes` queue; each job name declared in libs/queue has its case.
 * A job whose worker died is taken up again once its lock expires (lockDuration), and a failed one is
 * retried with the backoff declared in libs/queue; the last failure marks the version failed.
 */
@Processor(QUEUES.minutes, { lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 2 })
export class MinutesProcessor extends WorkerHost {
  private readonly logger = new Logger(MinutesProcessor.name);

  constructor(private readonly renderer: MinutesRenderer) {
    super();
  }

  async process(job: Job<MinutesRenderPayload, unknown, string>): Promise<string> {
    const name = job.name as MinutesJobName;
    const versionId = job.data.minutesVersionId;
    try {
      switch (name) {
        case MINUTES_JOBS.render:
          return await this.renderer.render(versionId);
        case MINUTES_JOBS.renderApproved:
          return await this.renderer.renderApproved(versionId);
        default: {
          const unknown: never = name;
          this.logger.error(`Unknown job ${String(unknown)} on queue ${QUEUES.minutes}`);
          throw new UnrecoverableError(`Unknown job name ${String(unknown)} on queue ${QUEUES.minutes}`);
        }
      }
    } catch (error) {
      if (error instanceof UnrecoverableError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      const last = error instanceof VersionGoneError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.warn(`Minutes ${name} of ${versionId} failed (attempt ${job.attemptsMade + 1}): ${message}`);
      if (last) {
        await this.renderer.fail(versionId, message).catch(() => undefined);
        throw new UnrecoverableError(message);
      }
      throw error;
    }
  }
}
