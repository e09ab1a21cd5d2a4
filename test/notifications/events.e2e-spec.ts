import { INestApplicationContext } from '@nestjs/common';
import type { ParsedMail } from 'mailparser';
import { aConvenedMeeting, aUserWithRole, openOnItsDay } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { SmtpPeer, startSmtpPeer } from '../harness/smtp-peer';
import { startTestApp, TestApp } from '../harness/test-app';
import { aHeldMeeting, ClosedMeeting, NAMES } from '../minutes/minutes-stack';
import { receivedMatching, startMailingWorker, stopMailing } from './notification-stack';

// Logins hash with argon2 and the worker renders PDFs: time enough on a busy machine.
jest.setTimeout(120_000);

/** Messages about the events other than a meeting's own: each from the transaction of its change, through the worker. */
describe('notifications of agenda, proxy, minutes and recommendation events', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let worker: INestApplicationContext;
  let held: ClosedMeeting;
  let emailOf: Map<string, string>;
  const members = 7;

  beforeAll(async () => {
    peer = await startSmtpPeer();
    t = await startTestApp();
    held = await aHeldMeeting(t);
    const rows = await t.sql(`SELECT full_name, email FROM people`);
    emailOf = new Map(rows.map((r: { full_name: string; email: string }) => [r.full_name, r.email]));
    worker = await startMailingWorker(t, peer);
  }, 120_000);
  afterAll(() => stopMailing({ worker, t, peer }));

  const to = (name: string) => (mail: ParsedMail) => JSON.stringify(mail.to).includes(emailOf.get(name)!);
  const subject = (pattern: RegExp) => (mail: ParsedMail) => pattern.test(mail.subject ?? '');
  const both =
    (...tests: Array<(mail: ParsedMail) => boolean>) =>
    (mail: ParsedMail) =>
      tests.every((test) => test(mail));
  const loginOf = async (name: string): Promise<HttpClient> =>
    (await aUserWithRole(t, 'member', (await t.sql(`SELECT id FROM people WHERE full_name = $1`, [name]))[0].id)).http;

  it('tells the holder, from the secretariat’s roll, that a proxy was given to them, with a link to the meeting', async () => {
    const [mail] = await receivedMatching(
      peer,
      both(to(NAMES.association[0]), subject(/^Maëlle Œuvray vous donne procuration/)),
      1,
    );
    expect(mail.mail.text).toContain(`/app/meetings/${held.meetingId}`);
  });

  describe('on a convened meeting', () => {
    let meeting: { id: string };
    let english: HttpClient;
    beforeAll(async () => {
      meeting = await aConvenedMeeting(t, held.bodyId, 40);
      english = await loginOf(NAMES.association[2]);
      expect((await english.patch('/auth/me', { language: 'en' })).status).toBe(200);
    });

    it('tells each holder when a member gives their proxy, in the holder’s language, and the former holder when it is withdrawn', async () => {
      const holderLogin = await loginOf(NAMES.researcher[0]);
      expect((await holderLogin.patch('/auth/me', { language: 'en' })).status).toBe(200);
      const declare = (holder: string) =>
        english.put(`/meetings/${meeting.id}/attendance/${held.membershipIds[NAMES.association[2]]}`, {
          status: 'excused',
          proxyHolderMembershipId: held.membershipIds[holder],
        });
      expect((await declare(NAMES.researcher[0])).status).toBe(200);
      await receivedMatching(peer, both(to(NAMES.researcher[0]), subject(/^Maëlle Œuvray gives you their proxy/)), 1);
      expect((await declare(NAMES.researcher[1])).status).toBe(200);
      await receivedMatching(
        peer,
        both(to(NAMES.researcher[0]), subject(/^Maëlle Œuvray has withdrawn their proxy/)),
        1,
      );
      await receivedMatching(peer, both(to(NAMES.researcher[1]), subject(/^Maëlle Œuvray vous donne procuration/)), 1);
    });

    it('sends the republished agenda with what changed to each member, in their language, except to one who opted out', async () => {
      const optedOut = await loginOf(NAMES.administration[0]);
      expect((await optedOut.patch('/auth/me/preferences', { optOutNonEssential: true })).status).toBe(200);
      await t.admin.post(`/meetings/${meeting.id}/agenda/items`, {
        title: 'Charte des partenariats',
        kind: 'decision',
      });
      const published = await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, { changeNote: 'Point ajouté' });
      expect(published.status).toBe(201);
      const isUpdate = subject(/^(Ordre du jour modifié|Agenda updated).*\(version 2\)$/);
      const updates = await receivedMatching(peer, isUpdate, members - 1);
      expect(updates.map((u) => u.mail.text)).toEqual(
        Array(members - 1).fill(expect.stringContaining('Charte des partenariats')),
      );
      expect(updates.find((u) => to(NAMES.association[2])(u.mail))?.mail.subject).toMatch(/^Agenda updated/);
      expect(updates.find((u) => to(NAMES.chair)(u.mail))?.mail.subject).toMatch(/^Ordre du jour modifié/);
      expect(updates.some((u) => to(NAMES.administration[0])(u.mail))).toBe(false);
      const log = await t.admin.get(`/meetings/${meeting.id}/notifications`);
      expect(log.body.filter((l: { kind: string }) => l.kind === 'agenda_republished')).toHaveLength(members - 1);
    });
  });

  it('asks the members to review rendered minutes, then tells them the minutes are published once approved', async () => {
    expect((await t.admin.post(`/meetings/${held.meetingId}/minutes/render`, {})).status).toBe(202);
    // Everyone but the member who opted out of non-essential messages.
    const review = await receivedMatching(peer, subject(/^Compte rendu à relire|^Minutes to review/), members - 1);
    expect(review[0].mail.text).toContain(`/app/meetings/${held.meetingId}`);

    const later = await aConvenedMeeting(t, held.bodyId, 90);
    expect((await openOnItsDay(t, later)).status).toBe(200);
    const approved = await t.admin.post(`/meetings/${held.meetingId}/minutes/1/approve`, { meetingId: later.id });
    expect(approved.status).toBe(200);
    const published = await receivedMatching(peer, subject(/^Compte rendu publié|^Minutes published/), members - 1);
    expect(new Set(published.map((p) => p.envelopeTo[0])).size).toBe(members - 1);
  });

  it('sends the direction’s answer to a recommendation to the body’s members', async () => {
    const proposal = await t.admin.post(`/bodies/${held.bodyId}/proposals`, {
      title: 'Former les chercheurs',
      text: 'Le GRAM propose…',
    });
    await t.sql(`UPDATE proposals SET status = 'adopted' WHERE id = $1`, [proposal.body.id]);
    const recommendation = await t.admin.post('/recommendations', { proposalId: proposal.body.id });
    expect(recommendation.status).toBe(201);
    await t.admin.post(`/recommendations/${recommendation.body.id}/transmit`, { text: 'Transmise' });
    const direction = await aUserWithRole(t, 'direction');
    const answered = await direction.http.post(`/recommendations/${recommendation.body.id}/responses`, {
      status: 'accepted',
      text: 'La direction retient la proposition.',
    });
    expect(answered.status).toBe(201);
    const answers = await receivedMatching(
      peer,
      subject(/^(Réponse de la direction générale|Answer from the general directorate)\W+Former les chercheurs/),
      members - 1,
    );
    const french = answers.find((a) => to(NAMES.chair)(a.mail))!.mail;
    expect(french.subject).toMatch(/^Réponse de la direction générale/);
    expect(french.text).toContain('La direction retient la proposition.');
    expect(french.text).toContain(`/app/recommendations/${recommendation.body.id}`);
  });
});
