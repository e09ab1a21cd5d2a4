import { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@quorum/config';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { createWorker } from '../../apps/worker/src/create-worker';
import { workerEnv } from '../minutes/minutes-stack';
import { SmtpPeer } from '../harness/smtp-peer';
import { TestApp } from '../harness/test-app';
import { waitFor } from '../harness/wait';

/** The real worker, in this process, sending through the SMTP peer. */
export function startMailingWorker(t: TestApp, peer: SmtpPeer): Promise<INestApplicationContext> {
  return createWorker(loadConfig({ ...workerEnv(t), SMTP_URL: peer.url }));
}

/** Stops what a mailing test started: the worker first (it sends through the peer, from the app's database). */
export async function stopMailing(started: {
  worker?: INestApplicationContext;
  t?: TestApp;
  peer?: SmtpPeer;
}): Promise<void> {
  await started.worker?.close();
  await started.t?.close();
  await started.peer?.close();
}

export const hasInvitation = (mail: ParsedMail) => mail.attachments.some((a) => a.contentType === 'text/calendar');

/** The iCalendar invitation of a received message, read by ical.js. */
export function invitationIn(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) throw new Error(`no text/calendar part in ${mail.attachments.map((a) => a.contentType).join(', ')}`);
  const vcalendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const vevent = vcalendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  return { method: vcalendar.getFirstPropertyValue('method'), uid: event.uid, sequence: event.sequence };
}

/** The UID the body's calendar feed gives the meeting. */
export async function feedUid(t: TestApp, bodyId: string, meetingId: string): Promise<string> {
  const feed = new ICAL.Component(ICAL.parse((await t.admin.get(`/bodies/${bodyId}/calendar.ics`)).text));
  const uids = feed.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
  const uid = uids.find((u) => u.includes(meetingId));
  if (!uid) throw new Error(`meeting ${meetingId} is not in the feed`);
  return uid;
}

/** The messages the peer received that pass `test`, once there are `count` of them. */
export function receivedMatching(
  peer: SmtpPeer,
  test: (mail: ParsedMail) => boolean,
  count: number,
  deadlineMs = 60_000,
) {
  return waitFor(
    `${count} messages`,
    async () => {
      const found = peer.received.filter((r) => test(r.mail));
      return found.length >= count ? found : undefined;
    },
    deadlineMs,
  );
}

export type DeliveryLine = {
  id: string;
  kind: string;
  email: string;
  status: string;
  error: string | null;
  sentAt: string | null;
  attempts: number;
};

/** The meeting's delivery log as the secretariat reads it, once `done` holds of it. */
export function deliveryLog(
  t: TestApp,
  meetingId: string,
  done: (lines: DeliveryLine[]) => boolean,
  deadlineMs = 60_000,
) {
  return waitFor(
    'the delivery log',
    async () => {
      const response = await t.admin.get(`/meetings/${meetingId}/notifications`);
      if (response.status !== 200) throw new Error(`delivery log: ${response.status} ${response.text}`);
      const lines = response.body as DeliveryLine[];
      return done(lines) ? lines : undefined;
    },
    deadlineMs,
  );
}
