import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { MANDATES_DIGEST_SCHEDULE, NOTIFICATION_JOBS, QUEUES } from '@quorum/queue';
import { Queue } from 'bullmq';
import { aPerson, appoint, aUserWithRole, theGramBody } from '../harness/fixtures';
import { SmtpPeer, startSmtpPeer } from '../harness/smtp-peer';
import { startTestApp, TestApp } from '../harness/test-app';
import { waitFor } from '../harness/wait';
import { receivedMatching, startMailingWorker, stopMailing } from './notification-stack';

jest.setTimeout(120_000);

/** Monday 8 March 2027, 08:00 in Paris: when the scheduler fires in ISO week 2027-W10. */
const MONDAY = '2027-03-08T07:00:00.000Z';

describe('the weekly digest of mandates ending within 90 days', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let worker: INestApplicationContext;
  let queue: Queue;
  const secretariat: Record<'french' | 'english' | 'optedOut', string> = { french: '', english: '', optedOut: '' };

  beforeAll(async () => {
    peer = await startSmtpPeer();
    t = await startTestApp();
    const gram = await theGramBody(t);
    const leaving = await aPerson(t, { fullName: 'Odile Départ' });
    const staying = await aPerson(t, { fullName: 'Paul Reste' });
    expect(
      (
        await appoint(t, gram.id, {
          personId: leaving.id,
          category: 'association',
          startDate: '2023-06-01',
          endDate: '2027-05-31',
        })
      ).status,
    ).toBe(201);
    expect(
      (await appoint(t, gram.id, { personId: staying.id, category: 'researcher', startDate: '2026-01-01' })).status,
    ).toBe(201);
    for (const who of ['french', 'english', 'optedOut'] as const) {
      const login = await aUserWithRole(t, 'secretariat');
      secretariat[who] = login.email;
      if (who === 'english') expect((await login.http.patch('/auth/me', { language: 'en' })).status).toBe(200);
      if (who === 'optedOut') {
        expect((await login.http.patch('/auth/me/preferences', { optOutNonEssential: true })).status).toBe(200);
      }
    }
    worker = await startMailingWorker(t, peer);
    queue = worker.get<Queue>(getQueueToken(QUEUES.notifications));
  }, 120_000);
  afterAll(() => stopMailing({ worker, t, peer }));

  const runFor = (at: string) => queue.add(NOTIFICATION_JOBS.mandatesDigest, { at }, { jobId: `digest-test-${at}` });
  const isDigest = (mail: { subject?: string }) => /mandat(e)?s? (se termine|ends)/.test(mail.subject ?? '');

  it('is scheduled every Monday at 08:00, Paris time', async () => {
    const scheduler = await waitFor(
      'the job scheduler',
      async () => (await queue.getJobScheduler(MANDATES_DIGEST_SCHEDULE.id)) ?? undefined,
      30_000,
    );
    expect(scheduler).toMatchObject({
      pattern: '0 8 * * 1',
      tz: 'Europe/Paris',
      name: NOTIFICATION_JOBS.mandatesDigest,
    });
  });

  it('sends each secretariat login, in its language, the mandates ending within 90 days, once per ISO week', async () => {
    await runFor(MONDAY);
    const digests = await receivedMatching(peer, isDigest, 2);
    const of = (email: string) => digests.find((d) => d.envelopeTo[0] === email)?.mail;
    expect(of(secretariat.french)?.subject).toMatch(/^1 mandat se termine d'ici 90 jours : /);
    expect(of(secretariat.english)?.subject).toMatch(/^1 mandate ends within 90 days: /);
    expect(of(secretariat.french)?.text).toContain('Odile Départ');
    expect(of(secretariat.french)?.text).not.toContain('Paul Reste');
    expect(of(secretariat.optedOut)).toBeUndefined();

    // Again on the Wednesday of the same week (a retry, a restart): nothing more.
    await runFor('2027-03-10T09:00:00.000Z');
    await waitFor(
      'the second run to finish',
      async () => ((await queue.getJob('digest-test-2027-03-10T09:00:00.000Z'))?.finishedOn ? true : undefined),
      30_000,
    );
    const rows = await t.sql(`SELECT idempotency_key FROM notifications WHERE kind = 'mandates_ending'`);
    expect(rows).toHaveLength(2);
    expect(rows.every((r: { idempotency_key: string }) => r.idempotency_key.includes('.2027-W10.'))).toBe(true);

    // The next Monday: a new digest.
    await runFor('2027-03-15T07:00:00.000Z');
    expect(await receivedMatching(peer, isDigest, 4)).toHaveLength(4);
  });
});
