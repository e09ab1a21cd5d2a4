import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { meetingUid } from '@quorum/domain';
import {
  composeMessage,
  createMailer,
  type Mailer,
  type Notification,
  PermanentDeliveryError,
  type Recipient,
  TemporaryDeliveryError,
} from '@quorum/notifications';
import { aConvocation, aGramMeeting, JOHN, MARIE, ORGANIZER, PUBLIC_URL } from '@quorum/notifications/fixtures';
import ICAL from 'ical.js';
import { type ParsedMail, simpleParser } from 'mailparser';
import { type SmtpPeer, startSmtpPeer } from '../harness/smtp-peer';
import { freePort } from '../harness/wait';

const compose = (notification: Notification, recipient: Recipient) =>
  composeMessage(notification, recipient, { publicUrl: PUBLIC_URL, organizer: ORGANIZER });

/** The iCalendar part of a received message, read by ical.js. */
function invitationIn(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) throw new Error(`no text/calendar part in ${mail.attachments.map((a) => a.contentType).join(', ')}`);
  const vcalendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const vevent = vcalendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  return {
    method: vcalendar.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    status: vevent.getFirstPropertyValue('status'),
  };
}

describe('delivering notifications over SMTP', () => {
  let peer: SmtpPeer;
  let mailer: Mailer;
  beforeAll(async () => {
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, from: ORGANIZER, outboxDir: '/nonexistent' });
  });
  afterAll(async () => {
    mailer.close();
    await peer.close();
  });
  const lastReceived = () => peer.received[peer.received.length - 1].mail;

  it.each([
    [
      'French',
      MARIE,
      'Convocation : Réunion du 1er trimestre 2027, jeudi 11 mars 2027',
      'jeudi 11 mars 2027, de 14h00 à 17h00 (heure de Paris)',
    ],
    [
      'English',
      JOHN,
      'Notice of meeting: Réunion du 1er trimestre 2027, Thursday 11 March 2027',
      'Thursday 11 March 2027, 2:00 pm to 5:00 pm (Paris time)',
    ],
  ])(
    'delivers a convocation in %s with text and HTML, its subject, the Paris time and a REQUEST invitation with the feed’s UID',
    async (_language, recipient, subject, when) => {
      const delivery = await mailer.send({
        to: recipient,
        message: compose(aConvocation(), recipient),
        idempotencyKey: `convocation:${recipient.email}`,
      });
      expect(delivery.transport).toBe('smtp');

      const mail = lastReceived();
      expect(mail.subject).toBe(subject);
      expect(mail.to).toMatchObject({ value: [{ address: recipient.email, name: recipient.name }] });
      expect(mail.from).toMatchObject({ value: [{ address: ORGANIZER.email, name: ORGANIZER.name }] });
      expect(mail.text).toContain(when);
      expect(mail.html).toContain(`<html lang="${recipient.language}"`);
      expect(mail.html).toContain(when);
      expect(mail.messageId).toBe(delivery.messageId);
      expect(mail.attachments.map((a) => [a.contentType, a.filename])).toContainEqual([
        'application/ics',
        'invitation.ics',
      ]);
      expect(invitationIn(mail)).toEqual({
        method: 'REQUEST',
        uid: meetingUid(aGramMeeting().id),
        sequence: 1,
        start: '2027-03-11T13:00:00.000Z',
        status: 'CONFIRMED',
      });
    },
  );

  it('sends a moved meeting as an update: same UID, higher SEQUENCE', async () => {
    const moved: Notification = {
      kind: 'meeting_moved',
      meeting: aGramMeeting({ startsAt: '2027-03-18T13:00:00.000Z', sequence: 2 }),
      previousStartsAt: aGramMeeting().startsAt,
      previousLocation: aGramMeeting().location,
    };
    await mailer.send({ to: MARIE, message: compose(aConvocation(), MARIE), idempotencyKey: 'sequence:first' });
    const first = invitationIn(lastReceived());
    await mailer.send({ to: MARIE, message: compose(moved, MARIE), idempotencyKey: 'sequence:update' });
    const update = invitationIn(lastReceived());
    expect(update).toMatchObject({ method: 'REQUEST', uid: first.uid, start: '2027-03-18T13:00:00.000Z' });
    expect(update.sequence).toBeGreaterThan(first.sequence);
  });

  it('sends a cancellation with METHOD:CANCEL', async () => {
    const cancelled: Notification = {
      kind: 'meeting_cancelled',
      meeting: aGramMeeting({ sequence: 3 }),
      reason: 'Grève',
    };
    await mailer.send({ to: JOHN, message: compose(cancelled, JOHN), idempotencyKey: 'cancel:john' });
    expect(invitationIn(lastReceived())).toMatchObject({
      method: 'CANCEL',
      uid: meetingUid(aGramMeeting().id),
      status: 'CANCELLED',
    });
  });

  it('gives the same Message-ID to the same event × recipient, and another to another recipient', async () => {
    const message = compose(aConvocation(), MARIE);
    const first = await mailer.send({ to: MARIE, message, idempotencyKey: 'event-1:marie' });
    const again = await mailer.send({ to: MARIE, message, idempotencyKey: 'event-1:marie' });
    const other = await mailer.send({ to: JOHN, message, idempotencyKey: 'event-1:john' });
    expect(again.messageId).toBe(first.messageId);
    expect(other.messageId).not.toBe(first.messageId);
    expect(first.messageId).toMatch(/^<[0-9a-f]{32}@quorum\.example\.org>$/);
  });

  it('reports a 451 reply as a temporary failure, to be retried', async () => {
    peer.refuse(451, 'Greylisted, try again later');
    const sending = mailer.send({ to: MARIE, message: compose(aConvocation(), MARIE), idempotencyKey: 'refused:451' });
    await expect(sending).rejects.toBeInstanceOf(TemporaryDeliveryError);
    await expect(sending).rejects.toMatchObject({ temporary: true, responseCode: 451 });
  });

  it('reports a 550 reply as a permanent failure, not to be retried', async () => {
    peer.refuse(550, 'No such mailbox');
    const sending = mailer.send({ to: MARIE, message: compose(aConvocation(), MARIE), idempotencyKey: 'refused:550' });
    await expect(sending).rejects.toBeInstanceOf(PermanentDeliveryError);
    await expect(sending).rejects.toMatchObject({
      temporary: false,
      responseCode: 550,
      message: expect.stringContaining('No such mailbox'),
    });
  });

  it('delivers once the server accepts again after a temporary refusal', async () => {
    peer.refuse(451, 'Try later');
    const key = 'retry:marie';
    const message = compose(aConvocation(), MARIE);
    await expect(mailer.send({ to: MARIE, message, idempotencyKey: key })).rejects.toBeInstanceOf(
      TemporaryDeliveryError,
    );
    const delivery = await mailer.send({ to: MARIE, message, idempotencyKey: key });
    expect(peer.received.filter((r) => r.mail.messageId === delivery.messageId)).toHaveLength(1);
  });

  it('reports a server that refuses connections as a temporary failure', async () => {
    const nobody = createMailer({
      smtpUrl: `smtp://127.0.0.1:${await freePort()}`,
      from: ORGANIZER,
      outboxDir: '/nonexistent',
    });
    try {
      const sending = nobody.send({ to: MARIE, message: compose(aConvocation(), MARIE), idempotencyKey: 'nobody' });
      await expect(sending).rejects.toBeInstanceOf(TemporaryDeliveryError);
    } finally {
      nobody.close();
    }
  });
});

describe('without SMTP, the .eml outbox', () => {
  let dataDir: string;
  let mailer: Mailer;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'quorum-outbox-'));
    mailer = createMailer({ smtpUrl: null, from: ORGANIZER, outboxDir: join(dataDir, 'outbox') });
  });
  afterAll(async () => {
    mailer.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes each message as an .eml file under DATA_DIR/outbox that parses back whole', async () => {
    const delivery = await mailer.send({
      to: JOHN,
      message: compose(aConvocation(), JOHN),
      idempotencyKey: 'convocation:john',
    });
    if (delivery.transport !== 'file') throw new Error('expected a file');
    expect(delivery.path).toMatch(new RegExp(`^${join(dataDir, 'outbox')}/[0-9a-f]{32}\\.eml$`));

    const mail = await simpleParser(await readFile(delivery.path));
    expect(mail.subject).toBe('Notice of meeting: Réunion du 1er trimestre 2027, Thursday 11 March 2027');
    expect(mail.messageId).toBe(delivery.messageId);
    expect(mail.text).toContain('Thursday 11 March 2027, 2:00 pm to 5:00 pm (Paris time)');
    expect(mail.html).toContain('<html lang="en"');
    expect(invitationIn(mail)).toMatchObject({ method: 'REQUEST', uid: meetingUid(aGramMeeting().id) });
  });

  it('writes one file per event × recipient, however often the job runs', async () => {
    const message = compose(aConvocation(), MARIE);
    const first = await mailer.send({ to: MARIE, message, idempotencyKey: 'twice:marie' });
    const again = await mailer.send({ to: MARIE, message, idempotencyKey: 'twice:marie' });
    expect(again).toEqual(first);
    const files = (await readdir(join(dataDir, 'outbox'))).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(2);
  });
});
