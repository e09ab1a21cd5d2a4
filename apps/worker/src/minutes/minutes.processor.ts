import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { MINUTES_JOBS, MinutesJobName, MinutesRenderPayload, QUEUES } from '@quorum/queue';
import { Job, UnrecoverableError } from 'bullmq';

/** The one processor of the `minutes` queue; each job name declared in libs/queue has its case. */
@Processor(QUEUES.minutes)
export class MinutesProcessor extends WorkerHost {
  private readonly logger = new Logger(MinutesProcessor.name);

  async process(job: Job<MinutesRenderPayload, unknown, string>): Promise<void> {
    const name = job.name as MinutesJobName;
    switch (name) {
      case MINUTES_JOBS.render:
        // Rendering comes with the minutes feature; until then the job fails visibly rather than pass silently.
        throw new UnrecoverableError(`minutes rendering is not available yet (version ${job.data.minutesVersionId})`);
      default: {
        const unknown: never = name;
        this.logger.error(`Unknown job ${String(unknown)} on queue ${QUEUES.minutes}`);
        throw new UnrecoverableError(`Unknown job name ${String(unknown)} on queue ${QUEUES.minutes}`);
      }
    }
  }
}
