import { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { aConvenedMeeting, aUserWithRole, openOnItsDay } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';
import { serverUrls } from '../harness/test-run';
import { waitFor } from '../harness/wait';
import { aHeldMeeting, ClosedMeeting, NAMES, poppler, sha256, startWorker, versionReaching } from './minutes-stack';

const HEALTH_DETAIL = 'Mme Œuvray suit un traitement lourd';

describe('minutes rendered by the worker', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let held: ClosedMeeting;
  let pdf: Buffer;
  let subscriber: Redis;
  const events: { event: { type: string; meetingId: string; version: number; status: string } }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    worker = await startWorker(t);
    subscriber = new Redis(serverUrls().redis);
    subscriber.on('message', (_channel: string, message: string) => events.push(JSON.parse(message)));
    await subscriber.subscribe(`${t.config.redis.prefix}:meeting-events`);
    held = await aHeldMeeting(t, { items: 2 });
  }, 60_000);
  afterAll(async () => {
    subscriber.disconnect();
    await worker.close();
    await t.close();
  });

  const draft = () => ({
    language: 'fr',
    opening: [{ text: 'La présidente ouvre la séance à 14 h 30 et constate le quorum.' }],
    items: [
      {
        agendaItemId: held.agendaItemIds[1],
        summary: [
          { text: 'Le groupe débat de la stratégie « patients partenaires » ; budget : 12 000 €.' },
          { text: HEALTH_DETAIL, private: true },
        ],
        decisions: [{ text: 'Le groupe rend un avis favorable.' }],
        dissents: [
          { membershipId: held.membershipIds[NAMES.researcher[1]], text: 'Je regrette l’absence d’évaluation.' },
        ],
      },
    ],
    otherBusiness: [{ text: 'Prochaine séance en juin.' }],
    actions: [{ title: 'Diffuser la charte aux associations', assignee: 'Secrétariat', dueDate: '2027-06-30' }],
  });

  it('refuses a draft naming an item the agenda does not have, with 400 naming the field dotted as any nested one', async () => {
    const unknownItem = await t.admin.put(`/meetings/${held.meetingId}/minutes/draft`, {
      items: [{ agendaItemId: '00000000-0000-4000-8000-000000000000', summary: [] }],
    });
    expect(unknownItem.status).toBe(400);
    expect(unknownItem.body.details).toEqual([
      expect.objectContaining({ field: 'items.0.agendaItemId', code: 'minutes.item_not_on_agenda' }),
    ]);
    // The same path form as a field the request's validation refuses.
    const malformed = await t.admin.put(`/meetings/${held.meetingId}/minutes/draft`, {
      items: [{ agendaItemId: '00000000-0000-4000-8000-000000000000', summary: 'un texte' }],
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.details).toEqual([expect.objectContaining({ field: 'items.0.summary' })]);
  });

  it('refuses an action with a blank title or assignee, saying each must not be empty', async () => {
    const blank = await t.admin.put(`/meetings/${held.meetingId}/minutes/draft`, {
      actions: [{ title: '  ', assignee: '' }],
    });
    expect(blank.status).toBe(400);
    expect(blank.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'actions.0.title', code: 'validation.not_blank' }),
        expect.objectContaining({ field: 'actions.0.assignee', code: 'validation.not_blank' }),
      ]),
    );
  });

  it('answers 202 with a queued version, which the worker renders; the PDF downloaded has the SHA-256 stored', async () => {
    expect((await t.admin.put(`/meetings/${held.meetingId}/minutes/draft`, draft())).status).toBe(200);
    const accepted = await t.admin.post(`/meetings/${held.meetingId}/minutes/render`);
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ version: 1, status: 'queued', language: 'fr', sha256: null });
    expect(accepted.body.draftSha256).toMatch(/^[0-9a-f]{64}$/);

    const rendered = await versionReaching(t, held.meetingId, 1, 'rendered');
    const download = await t.admin.bytes(`/meetings/${held.meetingId}/minutes/1/pdf`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^inline; filename="minutes-gram-.*-v1\.pdf"$/);
    expect(sha256(download.bytes)).toBe(rendered.sha256);
    const [stored] = await t.sql(`SELECT sha256 FROM minutes_pdfs WHERE version_id = $1`, [rendered.id]);
    expect(stored.sha256).toBe(rendered.sha256);
    expect(rendered.pages).toBeGreaterThan(0);
    pdf = download.bytes;
  });

  it('pushes the render’s progress to the meeting’s live events', async () => {
    await waitFor(
      'the rendered event',
      async () => events.find((e) => e.event.status === 'rendered') ?? undefined,
      10_000,
    );
    // The channel also carries the meeting's attendance and quorum: keep the render's own events.
    const renders = events.filter((e) => e.event.meetingId === held.meetingId && e.event.type === 'minutes.render');
    expect(renders.map((e) => e.event.status)).toEqual(['rendering', 'rendered']);
    expect(renders[0].event).toMatchObject({ type: 'minutes.render', version: 1 });
  });

  it('prints the members by college with their accents, the proxy, the guest and the quorum', async () => {
    const text = (await poppler('pdftotext', pdf)).replace(/\s+/g, ' ');
    for (const name of [NAMES.chair, ...NAMES.association, ...NAMES.researcher, ...NAMES.administration]) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Dr Anaïs Garçon');
    expect(text).toContain('Le quorum est atteint');
    expect(text).toContain('Le groupe rend un avis favorable.');
    expect(text).toContain('Je regrette l’absence d’évaluation.');
    expect(text).toContain(HEALTH_DETAIL); // the full copy keeps private passages, flagged
  });

  it('embeds every font and is a tagged PDF', async () => {
    const fonts = (await poppler('pdffonts', pdf)).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/ yes +(yes|no) +(yes|no) +\d+ +\d+$/);
    expect(fonts.every((line) => line.split(/\s+/).at(-5) === 'yes')).toBe(true);
    expect(await poppler('pdfinfo', pdf)).toMatch(/^Tagged: +yes$/m);
  });

  it('lets a sitting member read rendered minutes, and refuses a member of no body and the direction before approval', async () => {
    const member = await aUserWithRole(t, 'member', await personOf(held.membershipIds[NAMES.association[0]]));
    const outsider = await aUserWithRole(t, 'member');
    const direction = await aUserWithRole(t, 'direction');
    expect((await member.http.get(`/meetings/${held.meetingId}/minutes`)).body).toHaveLength(1);
    expect((await member.http.bytes(`/meetings/${held.meetingId}/minutes/1/pdf`)).status).toBe(200);
    expect((await outsider.http.get(`/meetings/${held.meetingId}/minutes`)).body).toEqual([]);
    expect((await outsider.http.bytes(`/meetings/${held.meetingId}/minutes/1/pdf`)).status).toBe(403);
    expect((await direction.http.bytes(`/meetings/${held.meetingId}/minutes/1/pdf`)).status).toBe(403);
    expect((await member.http.post(`/meetings/${held.meetingId}/minutes/render`)).status).toBe(403);
  });

  it('records every step in the audit chain', async () => {
    const actions = (await t.sql(`SELECT action FROM audit_events WHERE entity_type LIKE 'minutes%' ORDER BY seq`)).map(
      (r) => r.action,
    );
    expect(actions).toEqual(['minutes.draft', 'minutes.render', 'minutes.rendering', 'minutes.rendered']);
    const [rendered] = await t.sql(`SELECT actor_id FROM audit_events WHERE action = 'minutes.rendered'`);
    expect(rendered.actor_id).toBeNull(); // the worker acts for no user
    expect((await t.admin.get('/audit/verify')).body).toMatchObject({ ok: true });
  });

  describe('approval', () => {
    let later: { id: string; startsAt: string };
    beforeAll(async () => {
      later = await aConvenedMeeting(t, held.bodyId, 90);
    });

    it('refuses approval by a meeting that has not opened, with 422', async () => {
      const response = await t.admin.post(`/meetings/${held.meetingId}/minutes/1/approve`, { meetingId: later.id });
      expect(response.status).toBe(422);
    });

    it('approves at a later meeting, signed off by its chair, and freezes the minutes', async () => {
      expect((await openOnItsDay(t, later)).status).toBe(200);
      const approved = await t.admin.post(`/meetings/${held.meetingId}/minutes/1/approve`, { meetingId: later.id });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'approved',
        approval: { chair: NAMES.chair, meetingId: later.id },
      });

      const copy = await waitFor(
        'the approved copy',
        async () => {
          const [v] = (await t.admin.get(`/meetings/${held.meetingId}/minutes`)).body;
          return v.publicPdf ? v : undefined;
        },
        30_000,
      );
      const download = await t.admin.bytes(`/meetings/${held.meetingId}/minutes/1/pdf`);
      expect(sha256(download.bytes)).toBe(copy.sha256);
      const text = (await poppler('pdftotext', download.bytes)).replace(/\s+/g, ' ');
      expect(text).toContain('Procès-verbal approuvé lors de la réunion');
      expect(text).toContain(`par ${NAMES.chair}, au titre de la présidence`);

      expect((await t.admin.post(`/meetings/${held.meetingId}/minutes/render`)).status).toBe(409);
      expect((await t.admin.put(`/meetings/${held.meetingId}/minutes/draft`, draft())).status).toBe(409);
    });

    it('publishes a copy without private passages, readable without login at a stable address', async () => {
      const [v] = (await t.admin.get(`/meetings/${held.meetingId}/minutes`)).body;
      expect(v.publicPdf).toBe(`/public/minutes/${v.id}.pdf`);
      const download = await new HttpClient(t.http.baseUrl).bytes(v.publicPdf);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      const text = (await poppler('pdftotext', download.bytes)).replace(/\s+/g, ' ');
      expect(text).toContain('Le groupe rend un avis favorable.');
      expect(text).not.toContain(HEALTH_DETAIL);
      const direction = await aUserWithRole(t, 'direction');
      expect((await direction.http.bytes(`/meetings/${held.meetingId}/minutes/1/pdf`)).status).toBe(200);
    });

    it('serves no public copy of a version that is not approved (404)', async () => {
      const response = await t.http.get(`/public/minutes/${held.meetingId}.pdf`);
      expect(response.status).toBe(404);
    });
  });

  async function personOf(membershipId: string): Promise<string> {
    const [row] = await t.sql(`SELECT person_id FROM memberships WHERE id = $1`, [membershipId]);
    return row.person_id;
  }
});
