import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { aConvenedMeeting, aSittingMember, aUserWithRole, theGramBody } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { SmtpPeer, startSmtpPeer } from '../harness/smtp-peer';
import { startTestApp, TestApp } from '../harness/test-app';
import { deliveryLog, receivedMatching, startMailingWorker, stopMailing } from './notification-stack';

describe('sending a refused message again', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let worker: INestApplicationContext;
  let secretariat: HttpClient;
  let member: { personId: string };
  let meetingId: string;
  let lineId: string;

  beforeAll(async () => {
    peer = await startSmtpPeer();
    t = await startTestApp();
    const gram = await theGramBody(t);
    member = await aSittingMember(t, gram.id, 'association');
    secretariat = (await aUserWithRole(t, 'secretariat')).http;
    worker = await startMailingWorker(t, peer);
  }, 120_000);
  afterAll(() => stopMailing({ worker, t, peer }));

  it('sends a convocation the mail server refused for good to the corrected address, and audits it', async () => {
    peer.refuse(550, '5.1.1 No such mailbox', 1);
    meetingId = (await aConvenedMeeting(t, (await theGramBody(t)).id, 40)).id;
    const [refused] = await deliveryLog(t, meetingId, (lines) => lines.some((l) => l.status === 'failed'));
    expect(refused).toMatchObject({ kind: 'convocation', status: 'failed', error: expect.stringContaining('No such') });
    lineId = refused.id;
    const failedAddress = refused.email;

    // The secretariat corrects the address on the person's page, then sends the convocation again.
    const corrected = `corrige-${randomUUID().slice(0, 8)}@example.org`;
    expect((await secretariat.patch(`/people/${member.personId}`, { email: corrected })).status).toBe(200);
    const resent = await secretariat.post(`/notifications/${lineId}/resend`, {});
    expect(resent.status).toBe(202);
    expect(resent.body).toMatchObject({ id: lineId, status: 'pending', email: corrected, error: null });

    const [delivered] = await receivedMatching(peer, (m) => JSON.stringify(m).includes(meetingId), 1);
    expect(delivered.envelopeTo).toEqual([corrected]);
    expect(delivered.mail.subject).toMatch(/^Convocation/);
    const [sent] = await deliveryLog(t, meetingId, (lines) => lines.every((l) => l.status === 'sent'));
    expect(sent).toMatchObject({ email: corrected, status: 'sent', error: null, attempts: 2 });

    const audited = await t.sql(
      `SELECT a.action, a.before, a.after FROM audit_events a JOIN users u ON u.id = a.actor_id
        WHERE a.entity_id = $1 AND u.role = 'secretariat'`,
      [lineId],
    );
    expect(audited).toEqual([
      {
        action: 'notification.resend',
        before: { status: 'failed', email: failedAddress, error: expect.stringContaining('No such') },
        after: { status: 'pending', email: corrected, error: null },
      },
    ]);
  });

  it('refuses, changing nothing, a message already sent (409, which field and why), an unknown one (404), and anyone but staff (403)', async () => {
    const events = async () => (await t.sql(`SELECT count(*)::int AS n FROM audit_events`))[0].n as number;
    const queued = async () => (await t.sql(`SELECT count(*)::int AS n FROM outbox`))[0].n as number;
    const others = [(await aUserWithRole(t, 'member')).http, (await aUserWithRole(t, 'direction')).http];
    const [eventsBefore, queuedBefore] = [await events(), await queued()];

    const again = await secretariat.post(`/notifications/${lineId}/resend`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'notification.not_failed',
      message: expect.stringMatching(/^Seul un message refusé par le serveur de messagerie peut être renvoyé/),
      details: [expect.objectContaining({ field: 'status' })],
    });
    const unknown = await secretariat.post(`/notifications/${randomUUID()}/resend`, {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('notification.not_found');
    expect((await secretariat.post('/notifications/not-an-id/resend', {})).status).toBe(400);
    for (const other of others) expect((await other.post(`/notifications/${lineId}/resend`, {})).status).toBe(403);

    expect([await events(), await queued()]).toEqual([eventsBefore, queuedBefore]);
  });
});
