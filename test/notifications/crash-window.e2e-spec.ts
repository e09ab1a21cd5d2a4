import { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { aConvenedMeeting, aSittingMember, aGramLikeBody } from '../harness/fixtures';
import { SmtpPeer, startSmtpPeer } from '../harness/smtp-peer';
import { BuiltWorkers } from '../harness/built-worker';
import { startTestApp, TestApp } from '../harness/test-app';
import { waitFor } from '../harness/wait';
import { workerEnv } from '../minutes/minutes-stack';
import { deliveryLog } from './notification-stack';

/**
 * The window no SMTP client can close: the server has accepted a message and the worker dies before it
 * records "sent". The row was committed `sending` before the SMTP transaction, so the retry knows.
 */
describe('the worker killed after the server accepted a message, before recording it sent', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let blocker: Client;
  let workers: BuiltWorkers;

  function startBuiltWorker(): ChildProcess {
    return workers.start({ ...workerEnv(t), SMTP_URL: peer.url });
  }

  beforeAll(async () => {
    workers = new BuiltWorkers();
    peer = await startSmtpPeer();
    t = await startTestApp();
    blocker = new Client({ connectionString: t.config.database.url });
    await blocker.connect();
  }, 120_000);
  afterAll(async () => {
    workers?.killAll();
    await blocker?.end();
    await t?.close();
    await peer?.close();
  });

  it('sends the message again with the same Message-ID and shows it to the secretariat as a possible duplicate', async () => {
    const body = await aGramLikeBody(t);
    await aSittingMember(t, body.id, 'association');
    peer.hold();
    const first = startBuiltWorker();
    const meeting = await aConvenedMeeting(t, body.id, 30);
    // The convocation is on the wire, its row committed `sending`.
    await waitFor('a convocation on the wire', async () => (peer.heldCount() === 1 ? true : undefined), 60_000);
    const [row] = await t.sql(`SELECT id, status FROM notifications WHERE meeting_id = $1`, [meeting.id]);
    expect(row.status).toBe('sending');
    // The worker cannot record the outcome while this lock is held; the server then accepts the message.
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM notifications WHERE id = $1 FOR UPDATE', [row.id]);
    await peer.acceptHeld();
    const exited = new Promise((done) => first.once('exit', done));
    first.kill('SIGKILL');
    await exited;
    await blocker.query('ROLLBACK');
    expect(peer.received).toHaveLength(1);

    startBuiltWorker();
    const [line] = await deliveryLog(t, meeting.id, (l) => l[0]?.status === 'sent', 90_000);
    expect(line).toMatchObject({ status: 'sent', attempts: 2, possibleDuplicate: true });
    expect(peer.received).toHaveLength(2);
    expect(peer.received[1].mail.messageId).toBe(peer.received[0].mail.messageId);
    const [audited] = await t.sql(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'notification.interrupted'`,
    );
    expect(audited.n).toBe(1);
  }, 180_000);
});
