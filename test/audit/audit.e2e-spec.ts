import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure } from 'safe-stable-stringify';
import { startTestApp, TestApp } from '../harness/test-app';
import { waitFor } from '../harness/wait';

const aBody = (slug: string) => ({ slug, name: slug, categories: [{ code: 'member', label: 'Members', seats: 3 }] });
const checkpointFile = (t: TestApp) => join(t.config.database.dataDir, 'audit-checkpoint.json');
const checkpointKey = (t: TestApp) => `${t.config.redis.prefix}:audit:checkpoint`;

/** Waits until the checkpoint kept outside the database has seen event `seq` committed. */
const checkpointReaches = (t: TestApp, seq: number) =>
  waitFor(
    `the audit checkpoint to reach ${seq}`,
    async () => {
      const { body } = await t.admin.get('/audit/verify');
      return body.checkpoint?.seq >= seq ? body : undefined;
    },
    10_000,
  );

describe('the audit chain', () => {
  let t: TestApp;
  let redis: Redis;
  beforeAll(async () => {
    t = await startTestApp();
    redis = new Redis(t.config.redis.url);
    for (const slug of ['one', 'two', 'three']) await t.admin.post('/bodies', aBody(slug));
  });
  afterAll(async () => {
    redis.disconnect();
    await t.close();
  });

  /** Waits until the file and Redis both hold the checkpoint of event `seq`. */
  const bothStoresAt = (seq: number) =>
    waitFor(
      `both checkpoint stores at ${seq}`,
      async () => {
        const inRedis = await redis.get(checkpointKey(t));
        const seqs = [readFileSync(checkpointFile(t), 'utf8'), inRedis ?? '{}'].map((c) => JSON.parse(c).seq);
        return seqs.every((s) => s === seq) ? true : undefined;
      },
      10_000,
    );

  it('records every change in order, each linked to the one before, and checkpoints the head', async () => {
    const events = (await t.admin.get('/audit')).body;
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'user.bootstrap',
      'body.create',
      'body.create',
      'body.create',
    ]);
    expect(events.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(await checkpointReaches(t, 4)).toMatchObject({ ok: true, checked: 4, checkpoint: { seq: 4 } });
  });

  it('keeps the chain linear under concurrent changes', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => t.admin.post('/bodies', aBody(`parallel-${i}`))));
    expect(await checkpointReaches(t, 12)).toMatchObject({ ok: true, checked: 12, checkpoint: { seq: 12 } });
  });

  it('keeps the checkpoint both in DATA_DIR and in Redis', async () => {
    const both = await waitFor(
      'the same checkpoint in both stores',
      async () => {
        const [inFile, inRedis] = [readFileSync(checkpointFile(t), 'utf8'), await redis.get(checkpointKey(t))];
        return inRedis !== null && JSON.parse(inFile).seq === JSON.parse(inRedis).seq ? JSON.parse(inFile) : undefined;
      },
      10_000,
    );
    expect(both).toEqual({ seq: 12, hash: expect.any(String), at: expect.any(String), mac: expect.any(String) });
  });

  it('accepts a checkpoint that lags behind the chain', async () => {
    const stale = readFileSync(checkpointFile(t), 'utf8');
    await t.admin.post('/bodies', aBody('later'));
    // Both stores written, so that no write still in flight lands after the stale copies below.
    await bothStoresAt(13);
    // As if the process had died between the commit and the checkpoint.
    writeFileSync(checkpointFile(t), stale);
    await redis.set(checkpointKey(t), stale);
    expect((await t.admin.get('/audit/verify')).body).toMatchObject({ ok: true, checked: 13, checkpoint: { seq: 12 } });
  });

  it('reports the deletion of the last event as a truncation, even with the checkpoint file lost', async () => {
    await t.admin.post('/bodies', aBody('last'));
    await bothStoresAt(14);
    rmSync(checkpointFile(t));
    await t.sql('DELETE FROM audit_events WHERE seq = 14');
    expect((await t.admin.get('/audit/verify')).body).toEqual({
      ok: false,
      checked: 13,
      truncated: { endsAt: 13, checkpointSeq: 14, reason: 'the chain ends at 13, the checkpoint says 14' },
      checkpoint: { seq: 14, at: expect.any(String) },
    });
  });

  it('never moves the checkpoint over a truncated chain', async () => {
    await t.admin.post('/bodies', aBody('after-truncation'));
    await t.admin.post('/bodies', aBody('and-another'));
    const { body } = await t.admin.get('/audit/verify');
    expect(body).toMatchObject({ ok: false, checkpoint: { seq: 14 } });
    expect(body.firstBroken ?? body.truncated).toBeDefined();
  });

  it('refuses a checkpoint altered without the key', async () => {
    const checkpoint = JSON.parse((await redis.get(checkpointKey(t)))!);
    writeFileSync(checkpointFile(t), JSON.stringify({ ...checkpoint, seq: 9 }));
    const { body } = await t.admin.get('/audit/verify');
    expect(body).toMatchObject({ ok: false, forgedCheckpoints: [`file ${checkpointFile(t)}`] });
  });
});

describe('the audit chain edited behind the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    for (const slug of ['one', 'two', 'three', 'four']) await t.admin.post('/bodies', aBody(slug));
    await checkpointReaches(t, 5);
  });
  afterAll(() => t.close());

  it('names the event rewritten with every later hash recomputed (plain SHA-256, no key)', async () => {
    const canonical = configure({ deterministic: true, bigint: false });
    const rows = await t.sql('SELECT * FROM audit_events ORDER BY seq');
    let prevHash = rows[1].hash;
    for (const row of rows.slice(2)) {
      const after = row.seq === '3' ? { ...row.after, name: 'forged' } : row.after;
      const fields = {
        seq: Number(row.seq),
        at: row.at.toISOString(),
        actorId: row.actor_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after,
      };
      const hash = createHash('sha256').update(prevHash).update(canonical(fields)!).digest('hex');
      await t.sql('UPDATE audit_events SET after = $1, prev_hash = $2, hash = $3 WHERE seq = $4', [
        after,
        prevHash,
        hash,
        row.seq,
      ]);
      prevHash = hash;
    }
    expect((await t.admin.get('/audit/verify')).body).toMatchObject({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, reason: 'its content no longer matches its hash' },
    });
  });

  it('names the event whose row was edited by SQL', async () => {
    await t.sql(`UPDATE audit_events SET after = jsonb_set(after, '{name}', '"forged"') WHERE seq = 2`);
    expect((await t.admin.get('/audit/verify')).body).toMatchObject({
      ok: false,
      checked: 1,
      firstBroken: { seq: 2, reason: 'its content no longer matches its hash' },
    });
  });

  it('names the gap when an event is deleted', async () => {
    await t.sql('DELETE FROM audit_events WHERE seq < 3');
    const verification = await t.admin.get('/audit/verify');
    expect(verification.body).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: 'event 1 is missing' } });
  });
});

describe('the audit chain with Redis unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => t.close());

  it('still checkpoints in DATA_DIR, and verifies', async () => {
    await t.admin.post('/bodies', aBody('offline'));
    expect(await checkpointReaches(t, 2)).toMatchObject({ ok: true, checked: 2, checkpoint: { seq: 2 } });
    expect(JSON.parse(readFileSync(checkpointFile(t), 'utf8'))).toMatchObject({ seq: 2 });
  });
});
