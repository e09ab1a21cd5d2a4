import { startTestApp, TestApp } from '../harness/test-app';

describe('the audit chain', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    for (const slug of ['one', 'two', 'three']) {
      await t.admin.post('/bodies', { slug, name: slug, categories: [{ code: 'member', label: 'Members', seats: 3 }] });
    }
  });
  afterAll(() => t.close());

  it('records every change in order, each linked to the one before', async () => {
    const events = (await t.admin.get('/audit')).body;
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'user.bootstrap',
      'body.create',
      'body.create',
      'body.create',
    ]);
    expect(events.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(await t.admin.get('/audit/verify')).toMatchObject({ status: 200, body: { ok: true, checked: 4 } });
  });

  it('keeps the chain linear under concurrent changes', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.admin.post('/bodies', {
          slug: `parallel-${i}`,
          name: `P${i}`,
          categories: [{ code: 'm', label: 'M', seats: 1 }],
        }),
      ),
    );
    expect((await t.admin.get('/audit/verify')).body).toEqual({ ok: true, checked: 12 });
  });

  it('names the event whose row was edited by SQL', async () => {
    await t.sql(`UPDATE audit_events SET after = jsonb_set(after, '{name}', '"forged"') WHERE seq = 3`);
    const verification = await t.admin.get('/audit/verify');
    expect(verification.body).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, reason: 'its content no longer matches its hash' },
    });
  });

  it('names the gap when an event is deleted', async () => {
    await t.sql('DELETE FROM audit_events WHERE seq < 3');
    const verification = await t.admin.get('/audit/verify');
    expect(verification.body).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: 'event 1 is missing' } });
  });
});
