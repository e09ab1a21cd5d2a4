import { INestApplicationContext } from '@nestjs/common';
import { QUEUES, redisConnectionOptions } from '@quorum/queue';
import { Queue } from 'bullmq';
import { startTestApp, TestApp } from '../harness/test-app';
import { serverUrls } from '../harness/test-run';
import { aHeldMeeting, ClosedMeeting, sha256, startWorker, versionReaching } from './minutes-stack';

describe('a 40-item meeting rendered twice', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let queue: Queue;
  let held: ClosedMeeting;

  beforeAll(async () => {
    t = await startTestApp();
    worker = await startWorker(t);
    queue = new Queue(QUEUES.minutes, {
      connection: redisConnectionOptions(serverUrls().redis),
      prefix: t.config.redis.prefix,
    });
    held = await aHeldMeeting(t, { items: 40 });
  }, 120_000);
  afterAll(async () => {
    await queue.close();
    await worker.close();
    await t.close();
  });

  it('gives identical bytes when the worker renders the same version again', async () => {
    const items = held.agendaItemIds.map((agendaItemId, i) => ({
      agendaItemId,
      summary: [{ text: `Synthèse du point ${i + 1} : le groupe échange longuement ; l’avis est « favorable ».` }],
    }));
    expect((await t.admin.put(`/meetings/${held.meetingId}/minutes/draft`, { items })).status).toBe(200);
    const accepted = await t.admin.post(`/meetings/${held.meetingId}/minutes/render`);
    const first = await versionReaching(t, held.meetingId, 1, 'rendered', 60_000);
    const firstBytes = (await t.admin.bytes(`/meetings/${held.meetingId}/minutes/1/pdf`)).bytes;
    expect(first.pages).toBeGreaterThan(3);

    // The stored copy is lost and the job runs again from the outbox: the worker renders the version anew.
    await queue.remove(accepted.body.id);
    await t.sql(`DELETE FROM minutes_pdfs WHERE version_id = $1`, [accepted.body.id]);
    await t.sql(`UPDATE minutes_versions SET status = 'queued', sha256 = NULL WHERE id = $1`, [accepted.body.id]);
    await t.sql(`UPDATE outbox SET sent_at = NULL WHERE job_id = $1`, [accepted.body.id]);
    const second = await versionReaching(t, held.meetingId, 1, 'rendered', 60_000);
    const secondBytes = (await t.admin.bytes(`/meetings/${held.meetingId}/minutes/1/pdf`)).bytes;

    expect(second.sha256).toBe(first.sha256);
    expect(sha256(secondBytes)).toBe(sha256(firstBytes));
    expect(secondBytes.equals(firstBytes)).toBe(true);
    const renders = await t.sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'minutes.rendered'`);
    expect(renders[0].n).toBe(2);
  }, 120_000);
});
