import { ValidateFunction } from 'ajv';
import { startTestApp, TestApp } from '../harness/test-app';
import { anAdoptedProposal } from '../recommendations/adoption';
import { aMeeting } from '../harness/fixtures';
import { aVotingSession, VotingSession } from '../votes/voting-session';
import { oparlValidators } from './oparl-validator';

jest.setTimeout(120_000);

const LISTS = ['organizations', 'people', 'memberships', 'meetings', 'papers'];

describe('open data after OParl 1.1', () => {
  let t: TestApp;
  let s: VotingSession;
  let validators: Record<string, ValidateFunction>;
  /** Every object served, by the URL it was read from. */
  const served: { from: string; object: Record<string, unknown> }[] = [];
  const raw: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    validators = oparlValidators();
    s = await aVotingSession(t, { size: 4 });
    await anAdoptedProposal(s, 'Recommandation publique');
    // Private things the open data must never show: a draft, an unpublished agenda item, a secret ballot.
    await s.secretariat.post(`/bodies/${s.bodyId}/proposals`, { title: 'BROUILLON-PRIVE', text: 'Texte privé' });
    const later = await aMeeting(t, s.bodyId, 60);
    await t.admin.post(`/meetings/${later.id}/agenda/items`, { title: 'POINT-NON-PUBLIE', kind: 'information' });
    const secret = await s.anOpenPoll({ method: 'secret' });
    await s.members[1].http.post(`/polls/${secret.id}/ballots`, { choice: 'abstain' });

    const get = async (url: string) => {
      const response = await t.http.get(url.replace(/^https?:\/\/[^/]+/, ''));
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
    for (const list of LISTS) {
      let next: string | undefined =
        ours[list === 'organizations' ? 'organization' : list === 'people' ? 'person' : list.slice(0, -1)];
      while (next) {
        const page = await get(next);
        for (const object of page.data) served.push({ from: list, object });
        next = page.links.next;
      }
    }
  }, 120_000);
  afterAll(() => t.close());

  it('serves every object valid against its OParl 1.1 schema, embedded agenda items and memberships included', () => {
    const objects = served.flatMap(({ object }) => [
      object,
      ...((object.agendaItem as Record<string, unknown>[] | undefined) ?? []),
      // A person's memberships are embedded objects (OParl 1.1, Person.membership).
      ...(Array.isArray(object.membership) ? (object.membership as unknown[]) : []).filter(
        (m): m is Record<string, unknown> => typeof m === 'object',
      ),
    ]);
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
      ['AgendaItem', 'Body', 'Meeting', 'Membership', 'Organization', 'Paper', 'Person', 'System'].sort(),
    );
    expect(served.filter((o) => o.from === 'papers').map((o) => o.object.name)).toEqual(['Recommandation publique']);
  });

  it('never serves an e-mail, a draft, an unpublished agenda item or a secret choice', () => {
    const everything = raw.join('\n');
    expect(everything).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(everything).not.toContain('BROUILLON-PRIVE');
    expect(everything).not.toContain('POINT-NON-PUBLIE');
    expect(everything).not.toContain('abstain');
    expect(everything).not.toMatch(/"email"|"choice"/);
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
});
