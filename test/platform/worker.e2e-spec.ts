import { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@quorum/config';
import { QUEUES, redisConnectionOptions } from '@quorum/queue';
import { Queue, QueueEvents } from 'bullmq';
import { createWorker } from '../../apps/worker/src/create-worker';
import { deleteRedisKeys } from '../harness/global-teardown';
import { createTestDatabase } from '../harness/test-app';
import { redisPrefix, runId, serverUrls } from '../harness/test-run';

describe('the worker', () => {
  const prefix = `${redisPrefix(runId())}-worker`;
  const connection = redisConnectionOptions(serverUrls().redis);
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    database = await createTestDatabase();
    worker = await createWorker(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        REDIS_URL: serverUrls().redis,
        REDIS_PREFIX: prefix,
        LOG_LEVEL: 'silent',
      }),
    );
    queue = new Queue(QUEUES.minutes, { connection, prefix });
    events = new QueueEvents(QUEUES.minutes, { connection, prefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await Promise.all([queue.close(), events.close()]);
    await worker.close();
    await database.drop();
    await deleteRedisKeys(`${prefix}*`);
  });

  it('fails a job whose name no processor declares, once, instead of passing it silently', async () => {
    const job = await queue.add('shred-everything', { minutesVersionId: 'x' }, { attempts: 3 });
    await expect(job.waitUntilFinished(events)).rejects.toThrow('Unknown job name shred-everything on queue minutes');
    const failed = await queue.getJob(job.id!);
    expect(failed?.attemptsMade).toBe(1);
  });
});
