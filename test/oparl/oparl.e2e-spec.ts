import { ValidateFunction } from 'ajv';
import { get } from 'node:http';
import { startTestApp, TestApp } from '../harness/test-app';
import { anAdoptedProposal } from '../recommendations/adoption';
import { aMeeting } from '../harness/fixtures';
import { aVotingSession, VotingSession } from '../votes/voting-session';
import { oparlValidators } from './oparl-validator';

jest.setTimeout(120_000);

/** Each list of a body, by the property of the Body object that links it. */
const LISTS: Record<string, string> = {
  organizations: 'organization',
  people: 'person',
  memberships: 'membership',
  meetings: 'meeting',
  'agenda-items': 'agendaItem',
  papers: 'paper',
  consultations: 'consultation',
  files: 'file',
};

/** The approved minutes of a meeting, written straight into the database as the worker leaves them. */
async function approvedMinutes(t: TestApp, meetingId: string, publicPdf: Buffer): Promise<string> {
  const [{ id: adminId }] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`);
  const draft = {
    language: 'fr',
    opening: 'PASSAGE-PRIVE : santé d’un membre',
    items: [],
    otherBusiness: '',
    actions: [],
  };
  const approval = { approvedAt: '2026-03-12T10:00:00.000Z', chair: 'La présidente', approvedBy: adminId };
  const [version] = await t.sql<{ id: string }>(
    `INSERT INTO minutes_versions (meeting_id, number, language, status, draft, draft_sha256, requested_at, requested_by, approval)
     VALUES ($1, 1, 'fr', 'approved', $2, repeat('0', 64), now(), $3, $4) RETURNING id`,
    [meetingId, JSON.stringify(draft), adminId, JSON.stringify(approval)],
  );
  await t.sql(
    `INSERT INTO minutes_pdfs (version_id, copy, pdf, pages, sha256) VALUES ($1, 'public', $2, 1, repeat('a', 64))`,
    [version.id, publicPdf],
  );
  await t.sql(
    `INSERT INTO minutes_pdfs (version_id, copy, pdf, pages, sha256) VALUES ($1, 'rendered', $2, 1, repeat('b', 64))`,
    [version.id, Buffer.from('%PDF-1.7 PASSAGE-PRIVE')],
  );
  return version.id;
}

describe('open data after OParl 1.1', () => {
  let t: TestApp;
  let s: VotingSession;
  let validators: Record<string, ValidateFunction>;
  /** Every object served, by the URL it was read from. */
  const served: { from: string; object: Record<string, unknown> }[] = [];
  const raw: string[] = [];
  const publicPdf = Buffer.from('%PDF-1.7 copie publique');
  let minutesVersionId: string;
  let adopted: { proposalId: string; pollId: string };
  let secretPollId: string;

  beforeAll(async () => {
    t = await startTestApp();
    validators = oparlValidators();
    s = await aVotingSession(t, { size: 4 });
    adopted = await anAdoptedProposal(s, 'Recommandation publique');
    minutesVersionId = await approvedMinutes(t, s.meetingId, publicPdf);
    // Private things the open data must never show: a draft, an unpublished agenda item, a secret ballot.
    await s.secretariat.post(`/bodies/${s.bodyId}/proposals`, { title: 'BROUILLON-PRIVE', text: 'Texte privé' });
    const later = await aMeeting(t, s.bodyId, 60);
    await t.admin.post(`/meetings/${later.id}/agenda/items`, { title: 'POINT-NON-PUBLIE', kind: 'information' });
    const secret = await s.anOpenPoll({ method: 'secret' });
    secretPollId = secret.id;
    await s.members[1].http.post(`/polls/${secret.id}/ballots`, { choice: 'abstain' });

    const get = async (url: string) => {
      // Every id and link is a whole URL under the app's PUBLIC_URL, where it really listens.
      const response = await t.http.get(url.startsWith('/') ? url : underPublicUrl(url));
      if (response.status !== 200) throw new Error(`${url}: ${response.status} ${response.text}`);
      raw.push(response.text);
      return response.body;
    };
    const system = await get('/oparl/v1/system');
    served.push({ from: 'system', object: system });
    const bodies = await get(system.body);
    for (const body of bodies.data) served.push({ from: 'bodies', object: body });
    const ours = await get(`/oparl/v1/bodies/${s.bodyId}`);
    served.push({ from: 'body', object: ours });
    for (const [list, property] of Object.entries(LISTS)) {
      let next: string | undefined = ours[property];
      while (next) {
        const page = await get(next);
        for (const object of page.data) served.push({ from: list, object });
        next = page.links.next;
      }
    }
  }, 120_000);
  afterAll(() => t.close());

  /** The URL itself, once checked to be under the app's public address. */
  const underPublicUrl = (url: string) => {
    const prefix = `${t.config.mail.publicUrl}/`;
    expect(url.slice(0, prefix.length)).toBe(prefix);
    return url;
  };

  /** Every object served, with those embedded in others (agenda items, memberships, consultations, minutes). */
  const everyObject = () => {
    // Where a property holds objects rather than URLs (a Body's `agendaItem` is a list's URL, a Meeting's its items).
    const embedded = (value: unknown): Record<string, unknown>[] =>
      (Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : []).filter(
        (v): v is Record<string, unknown> => typeof v === 'object',
      );
    return served.flatMap(({ object }) => [
      object,
      ...embedded(object.agendaItem),
      ...embedded(object.resultsProtocol),
      ...embedded(object.consultation),
      // A person's memberships are embedded objects (OParl 1.1, Person.membership).
      ...embedded(object.membership),
    ]);
  };

  it('serves every object valid against its OParl 1.1 schema, embedded objects included', () => {
    const objects = everyObject();
    const types = new Set<string>();
    for (const object of objects) {
      const type = String(object.type).split('/').pop()!;
      types.add(type);
      const validate = validators[type];
      expect(validate).toBeDefined();
      const valid = validate(object);
      expect([object.id, valid ? [] : validate.errors]).toEqual([object.id, []]);
    }
    expect([...types].sort()).toEqual(
      [
        'AgendaItem',
        'Body',
        'Consultation',
        'File',
        'Meeting',
        'Membership',
        'Organization',
        'Paper',
        'Person',
        'System',
      ].sort(),
    );
    expect(served.filter((o) => o.from === 'papers').map((o) => o.object.name)).toEqual(['Recommandation publique']);
  });

  it('answers GET at every object’s id with that object alone, cacheable like the lists', async () => {
    const objects = everyObject().filter((o) => !String(o.type).endsWith('/System'));
    for (const object of objects) {
      const response = await t.http.get(underPublicUrl(String(object.id)));
      raw.push(response.text);
      expect([object.id, response.status, response.headers.get('cache-control')]).toEqual([
        object.id,
        200,
        'public, max-age=60',
      ]);
      expect(response.headers.get('etag')).toMatch(/^".+"$/);
      // An embedded person's membership is the same object as the membership served alone.
      expect(response.body).toEqual(object);
    }
    const missing = await t.http.get(`/oparl/v1/bodies/${s.bodyId}/papers/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
  });

  it('links a recommendation to the agenda item where it was voted, with the vote counts after Popolo', () => {
    const paper = served.find((o) => o.from === 'papers')!.object;
    const [consultation] = paper.consultation as Record<string, unknown>[];
    const item = served.find((o) => o.from === 'agenda-items' && o.object.id === consultation.agendaItem)!.object;
    expect(consultation).toMatchObject({ paper: paper.id, authoritative: true });
    expect(item).toMatchObject({ consultation: consultation.id, result: 'adopted' });
    expect(item['quorum:voteEvents']).toEqual([
      expect.objectContaining({
        identifier: adopted.pollId,
        result: 'pass',
        counts: [
          { option: 'yes', value: 3 },
          { option: 'no', value: 1 },
          { option: 'abstain', value: 0 },
        ],
      }),
    ]);
    expect(served.filter((o) => o.from === 'consultations').map((o) => o.object.id)).toEqual([consultation.id]);
  });

  it('lists the approved minutes as a File whose URL serves the public copy without login', async () => {
    const files = served.filter((o) => o.from === 'files').map((o) => o.object);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ mimeType: 'application/pdf', size: publicPdf.length, date: '2026-03-12' });
    const meeting = served.find(
      (o) => o.from === 'meetings' && o.object.id === (files[0].meeting as string[])[0],
    )!.object;
    expect(meeting.resultsProtocol).toEqual(files[0]);
    const pdf = await t.http.get(underPublicUrl(String(files[0].accessUrl)));
    expect(pdf.status).toBe(200);
    expect(pdf.text).toBe(publicPdf.toString());
    expect(files[0].accessUrl).toContain(minutesVersionId);
  });

  it('never serves an e-mail, a draft, an unpublished agenda item, a private passage or a choice of anyone', () => {
    const everything = raw.join('\n');
    expect(everything).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(everything).not.toContain('BROUILLON-PRIVE');
    expect(everything).not.toContain('POINT-NON-PUBLIE');
    expect(everything).not.toContain('PASSAGE-PRIVE');
    // Counts only: no ballot, no voter, no choice (Popolo's `votes` would name them), no open poll.
    expect(everything).not.toMatch(/"email"|"choice"|"votes"|"voter"|"voter_id"|"ballot/);
    expect(everything).not.toContain(secretPollId);
  });

  it('answers without login, with Cache-Control and an ETag, and 304 when the ETag still holds', async () => {
    const first = await t.http.get(`/oparl/v1/bodies/${s.bodyId}/meetings`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await t.http.request('GET', `/oparl/v1/bodies/${s.bodyId}/meetings`, undefined, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('paginates as OParl says and refuses a page out of range with 400 naming page', async () => {
    const page = await t.http.get(`/oparl/v1/bodies/${s.bodyId}/memberships`);
    expect(page.body.pagination).toEqual({ totalElements: 4, elementsPerPage: 20, currentPage: 1, totalPages: 1 });
    expect(page.body.links.next).toBeUndefined();
    const beyond = await t.http.get(`/oparl/v1/bodies/${s.bodyId}/memberships?page=9`);
    expect(beyond.status).toBe(400);
    expect(beyond.body.details).toEqual([
      expect.objectContaining({ field: 'page', code: 'validation.whole_number_range' }),
    ]);
  });

  it('builds ids and links on PUBLIC_URL, never on a Host header the client forged', async () => {
    const forged = async (path: string) => {
      const { port } = new URL(t.http.baseUrl);
      return new Promise<{ status: number; text: string }>((resolve, reject) => {
        const request = get({ host: '127.0.0.1', port, path, headers: { host: 'evil.example' } }, (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        });
        request.on('error', reject);
      });
    };
    for (const path of ['/oparl/v1/system', `/oparl/v1/bodies/${s.bodyId}`, `/oparl/v1/bodies/${s.bodyId}/meetings`]) {
      const response = await forged(path);
      expect(response.status).toBe(200);
      expect(response.text).not.toContain('evil.example');
      // The ids of the object or of a page's objects, and the page's links.
      const body = JSON.parse(response.text) as { id?: string; data?: { id: string }[]; links?: object };
      const urls = [body.id, ...(body.data ?? []).map((o) => o.id), ...Object.values(body.links ?? {})];
      expect(urls.filter(Boolean).length).toBeGreaterThan(0);
      const prefix = `${t.config.mail.publicUrl}/oparl/v1/`;
      for (const url of urls.filter(Boolean)) expect(String(url).slice(0, prefix.length)).toBe(prefix);
    }
  });
});
