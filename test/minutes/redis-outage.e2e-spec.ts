import { INestApplicationContext } from '@nestjs/common';
import { TcpProxy } from '../harness/tcp-proxy';
import { startTestApp, TestApp } from '../harness/test-app';
import { serverUrls } from '../harness/test-run';
import { freePort, waitFor } from '../harness/wait';
import { aHeldMeeting, ClosedMeeting, startWorker, versionReaching } from './minutes-stack';

describe('minutes requested while Redis is unreachable', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let proxy: TcpProxy;
  let held: ClosedMeeting;

  beforeAll(async () => {
    // The API reaches Redis through a port where nothing listens yet; the worker reaches the real one.
    const redis = new URL(serverUrls().redis);
    proxy = new TcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) }, await freePort());
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${proxy.port}` });
    worker = await startWorker(t);
    held = await aHeldMeeting(t);
  }, 60_000);
  afterAll(async () => {
    await worker.close();
    await t.close();
    await proxy.cut().catch(() => undefined);
  });

  it('still answers 202; the job waits in the outbox and is rendered once Redis is back', async () => {
    const accepted = await t.admin.post(`/meetings/${held.meetingId}/minutes/render`);
    expect(accepted.status).toBe(202);
    expect(accepted.body.status).toBe('queued');
    // The render's row waits (the convocation e-mails of the meeting wait beside it).
    const [row] = await t.sql(`SELECT job_id, sent_at FROM outbox WHERE queue = 'minutes'`);
    expect(row).toEqual({ job_id: accepted.body.id, sent_at: null });

    await proxy.start();
    const rendered = await versionReaching(t, held.meetingId, 1, 'rendered');
    expect(rendered.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [sent] = await t.sql(`SELECT sent_at FROM outbox WHERE job_id = $1`, [accepted.body.id]);
    expect(sent.sent_at).not.toBeNull();
  });

  it('turns 50 requests in a row into 50 versions, each rendered and stored exactly once', async () => {
    const numbers: number[] = [];
    for (let i = 0; i < 50; i++) {
      const response = await t.admin.post(`/meetings/${held.meetingId}/minutes/render`);
      expect(response.status).toBe(202);
      numbers.push(response.body.version);
    }
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    await waitFor(
      'all 51 versions rendered',
      async () => {
        const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM minutes_versions WHERE status = 'rendered'`);
        return n === 51 ? n : undefined;
      },
      120_000,
    );
    const [pdfs] = await t.sql(
      `SELECT count(*)::int AS n, count(DISTINCT version_id)::int AS versions FROM minutes_pdfs`,
    );
    expect(pdfs).toEqual({ n: 51, versions: 51 });
    // Each job ran to completion once: one `rendered` event per version in the audit chain.
    const completions = await t.sql(
      `SELECT entity_id, count(*)::int AS n FROM audit_events WHERE action = 'minutes.rendered' GROUP BY entity_id`,
    );
    expect(completions).toHaveLength(51);
    expect(completions.every((c) => c.n === 1)).toBe(true);
    // Every rendered version also asks the members to review it (an outbox row written by the worker):
    // the relay hands each of them to the queue too.
    await waitFor(
      'the outbox drained',
      async () => {
        const [{ unsent }] = await t.sql(`SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`);
        return unsent === 0 ? true : undefined;
      },
      30_000,
    );
  }, 150_000);
});
