import { INestApplicationContext } from '@nestjs/common';
import { aConvenedMeeting, aFullGram, aMeeting, aUserWithRole, daysFromNow, theGramBody } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { SmtpPeer, startSmtpPeer } from '../harness/smtp-peer';
import { startTestApp, TestApp } from '../harness/test-app';
import {
  deliveryLog,
  feedUid,
  hasInvitation,
  invitationIn,
  receivedMatching,
  startMailingWorker,
  stopMailing,
} from './notification-stack';

describe('notifications sent by the worker', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let worker: INestApplicationContext;
  let gram: { id: string };
  let emails: { personId: string; email: string }[];
  const logins = new Map<string, HttpClient>();

  beforeAll(async () => {
    peer = await startSmtpPeer();
    t = await startTestApp();
    gram = await theGramBody(t);
    await aFullGram(t, gram.id);
    emails = await t.sql(`SELECT p.id AS "personId", p.email FROM people p JOIN memberships m ON m.person_id = p.id`);
    // Half the members log in and choose English on their account page (PATCH /auth/me).
    for (const { personId } of emails.slice(0, 10)) {
      const login = await aUserWithRole(t, 'member', personId);
      expect((await login.http.patch('/auth/me', { language: 'en' })).status).toBe(200);
      logins.set(personId, login.http);
    }
    worker = await startMailingWorker(t, peer);
  }, 120_000);
  afterAll(() => stopMailing({ worker, t, peer }));

  const to = (address: string) => (mail: { to?: unknown }) => JSON.stringify(mail.to).includes(address);

  it('sends 20 convocations in the language each member chose on their account, with the feed’s UID; a move is an update with a higher SEQUENCE; a cancellation is METHOD:CANCEL', async () => {
    const meeting = await aConvenedMeeting(t, gram.id, 30);
    const isConvocation = (m: { subject?: string }) => /^(Convocation|Notice of meeting)/.test(m.subject ?? '');
    const forMeeting = (m: { text?: string; attachments: unknown[] }) => JSON.stringify(m).includes(meeting.id);
    const convocations = await receivedMatching(peer, (m) => isConvocation(m) && forMeeting(m), 20);
    expect(convocations).toHaveLength(20);
    const uid = await feedUid(t, gram.id, meeting.id);
    for (const { mail } of convocations) {
      const english = emails.slice(0, 10).some((e) => to(e.email)(mail));
      expect(mail.subject).toMatch(english ? /^Notice of meeting/ : /^Convocation :/);
      expect(invitationIn(mail)).toMatchObject({ method: 'REQUEST', uid });
    }
    const first = invitationIn(convocations[0].mail).sequence;

    expect((await t.admin.patch(`/meetings/${meeting.id}`, { startsAt: daysFromNow(31) })).status).toBe(200);
    const updates = await receivedMatching(
      peer,
      (m) =>
        forMeeting(m) && hasInvitation(m) && invitationIn(m).sequence > first && invitationIn(m).method === 'REQUEST',
      20,
    );
    expect(updates.map((u) => invitationIn(u.mail))).toEqual(
      Array(20).fill(expect.objectContaining({ method: 'REQUEST', uid })),
    );

    expect((await t.admin.post(`/meetings/${meeting.id}/cancel`, { reason: 'Grève' })).status).toBe(200);
    const cancels = await receivedMatching(
      peer,
      (m) => forMeeting(m) && hasInvitation(m) && invitationIn(m).method === 'CANCEL',
      20,
    );
    expect(new Set(cancels.map((c) => c.envelopeTo[0])).size).toBe(20);
  }, 120_000);

  it('delivers each message once when the server refuses for a while, and shows a permanent refusal to the secretariat', async () => {
    peer.refuse(451, 'Greylisted, try again later', 3);
    const meeting = await aConvenedMeeting(t, gram.id, 40);
    const log = await deliveryLog(
      t,
      meeting.id,
      (lines) => lines.filter((l) => l.status === 'sent').length === 20,
      90_000,
    );
    expect(log.filter((l) => l.kind === 'convocation')).toHaveLength(20);
    const received = peer.received.filter((r) => JSON.stringify(r.mail).includes(meeting.id));
    expect(received).toHaveLength(20);
    expect(new Set(received.map((r) => r.envelopeTo[0])).size).toBe(20);

    peer.refuse(550, 'No such mailbox', 1);
    const other = await aConvenedMeeting(t, gram.id, 50);
    const lines = await deliveryLog(
      t,
      other.id,
      (l) => l.filter((x) => x.kind === 'convocation' && x.status !== 'pending').length === 20,
    );
    const failed = lines.filter((l) => l.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].error).toContain('No such mailbox');
    const member = await aUserWithRole(t, 'member');
    expect((await member.http.get(`/meetings/${other.id}/notifications`)).status).toBe(403);
  }, 180_000);

  it('sends an opted-out member the convocation but no reminder', async () => {
    const [optedOut, ...others] = emails;
    const saved = await logins.get(optedOut.personId)!.patch('/auth/me/preferences', { optOutNonEssential: true });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ language: 'en', optOutNonEssential: true });
    // Tomorrow: the reminder is due at once.
    const meeting = await aMeeting(t, gram.id, 1);
    await t.admin.post(`/meetings/${meeting.id}/agenda/items`, { title: 'Point urgent', kind: 'decision' });
    await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
    const convened = await t.admin.post(`/meetings/${meeting.id}/convene`, { urgent: true, reason: 'Saisine du DG' });
    expect(convened.status).toBe(200);
    const log = await deliveryLog(t, meeting.id, (l) => l.filter((x) => x.status === 'sent').length === 39);
    const kindsOf = (email: string) =>
      log
        .filter((l) => l.email === email)
        .map((l) => l.kind)
        .sort();
    expect(kindsOf(optedOut.email)).toEqual(['convocation']);
    expect(kindsOf(others[0].email)).toEqual(['convocation', 'meeting_reminder']);
  }, 120_000);
});
