import { ChildProcess } from 'node:child_process';
import { aConvenedMeeting, aFullGram, theGramBody } from '../harness/fixtures';
import { SmtpPeer, startSmtpPeer } from '../harness/smtp-peer';
import { BuiltWorkers } from '../harness/built-worker';
import { startTestApp, TestApp } from '../harness/test-app';
import { waitFor } from '../harness/wait';
import { workerEnv } from '../minutes/minutes-stack';
import { deliveryLog } from './notification-stack';

describe('the worker killed while it sends convocations', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let workers: BuiltWorkers;

  function startBuiltWorker(): ChildProcess {
    return workers.start({ ...workerEnv(t), SMTP_URL: peer.url });
  }

  beforeAll(async () => {
    workers = new BuiltWorkers();
    peer = await startSmtpPeer();
    t = await startTestApp();
    await aFullGram(t, (await theGramBody(t)).id);
  }, 120_000);
  afterAll(async () => {
    workers?.killAll();
    await t?.close();
    await peer?.close();
  });

  it('gives every member exactly one convocation after a restart', async () => {
    const gram = await theGramBody(t);
    const first = startBuiltWorker();
    const meeting = await aConvenedMeeting(t, gram.id, 30);
    // Killed mid-batch: some convocations are out, one is on the wire and not yet accepted by the server,
    // and every accepted one is recorded as sent (an SMTP server's acceptance cannot be undone).
    await waitFor('a first convocation', async () => peer.received.length > 0 || undefined, 60_000);
    peer.hold();
    await waitFor(
      'a convocation held on the wire, every accepted one recorded as sent',
      async () => {
        if (peer.heldCount() === 0) return undefined;
        const [{ sent }] = await t.sql(`SELECT count(*)::int AS sent FROM notifications WHERE status = 'sent'`);
        return sent === peer.received.length || undefined;
      },
      60_000,
    );
    const exited = new Promise((done) => first.once('exit', done));
    first.kill('SIGKILL');
    await exited;

    peer.release();
    startBuiltWorker();
    const log = await deliveryLog(t, meeting.id, (l) => l.filter((x) => x.status === 'sent').length === 20, 90_000);
    expect(log).toHaveLength(20);
    const recipients = peer.received.map((r) => r.envelopeTo[0]).sort();
    expect(recipients).toEqual([...new Set(recipients)]);
    expect(recipients).toHaveLength(20);
  }, 180_000);
});
