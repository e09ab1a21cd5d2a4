import { auditAnchorOf } from '@quorum/db';
import { OutboxRelay } from '@quorum/queue';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { aConvenedMeeting, aFullGram, aGramLikeBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

/**
 * What the hot requests cost in SQL statements (BEGIN and COMMIT included): a request should cost
 * the statements it needs, whatever the size of the body. The API runs in this process, so every
 * statement it sends goes through pg's Client.prototype.query and is counted here.
 */
describe('the SQL statements of the busiest requests', () => {
  let t: TestApp;
  let meetingId: string;
  let gram: Awaited<ReturnType<typeof aFullGram>>;
  const sent: string[] = [];
  const query = Client.prototype.query;

  beforeAll(async () => {
    t = await startTestApp();
    const body = await aGramLikeBody(t);
    gram = await aFullGram(t, body.id);
    meetingId = (await aConvenedMeeting(t, body.id)).id;
    await t.admin.put(`/meetings/${meetingId}/attendance/${gram.all[0]}`, { status: 'present' });
    // The outbox relay polls on its own timer: its transaction (BEGIN … COMMIT) could land inside a
    // request's window and be counted, or end it early. It is not under test here: stopped, drained.
    await t.app.get(OutboxRelay).onApplicationShutdown();
    Client.prototype.query = function (this: Client, ...args: any[]) {
      const text = typeof args[0] === 'string' ? args[0] : args[0]?.text;
      if (typeof text === 'string') sent.push(text);
      return (query as any).apply(this, args);
    } as typeof query;
  });
  afterAll(async () => {
    Client.prototype.query = query;
    await t.close();
  });

  /** The statements one request sent; the test's own SQL client is not used meanwhile. */
  async function statementsOf(request: () => Promise<{ status: number }>, status = 200): Promise<string[]> {
    // The audit checkpoint of an earlier write is written after its commit, off the request path:
    // let it finish, then count only the request's own statements (up to its COMMIT, for a write).
    const anchor = auditAnchorOf(t.app.get(DataSource).manager);
    await anchor.settled();
    sent.length = 0;
    expect((await request()).status).toBe(status);
    const commit = sent.findIndex((s) => /^COMMIT/i.test(s.trim()));
    return commit >= 0 ? sent.slice(0, commit + 1) : [...sent];
  }

  it('records an attendance in 10 statements (the caller’s and the audit’s included), reading the roll once', async () => {
    const statements = await statementsOf(() =>
      t.admin.put(`/meetings/${meetingId}/attendance/${gram.all[1]}`, { status: 'remote' }),
    );
    expect(statements.filter((s) => /FROM "?attendances"?/i.test(s) && /^SELECT/i.test(s.trim()))).toHaveLength(1);
    expect(statements.filter((s) => /FROM "?memberships"?/i.test(s) && /JOIN "?people"?/i.test(s))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(10);
  });

  it('changes an attendance already recorded in as many statements as a first one', async () => {
    const statements = await statementsOf(() =>
      t.admin.put(`/meetings/${meetingId}/attendance/${gram.all[0]}`, { status: 'remote' }),
    );
    expect(statements.length).toBeLessThanOrEqual(10);
  });

  it('reads the attendance sheet in 3 statements and the agenda in 2, the caller’s included', async () => {
    expect((await statementsOf(() => t.admin.get(`/meetings/${meetingId}/attendance`))).length).toBeLessThanOrEqual(3);
    expect((await statementsOf(() => t.admin.get(`/meetings/${meetingId}/agenda`))).length).toBeLessThanOrEqual(2);
  });
});
