import { addYears } from '@quorum/domain';
import { today } from '../harness/today';
import { aGramLikeBody, aPerson, appoint, theGramBody, withMembers } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

describe('appointments in parallel', () => {
  let t: TestApp;
  const now = today();
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const newPeople = async (count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) ids.push((await aPerson(t)).id);
    return ids;
  };

  it('gives the last free seat to exactly one of 20 parallel appointments; the others get 409 naming the category', async () => {
    const gram = await theGramBody(t);
    await withMembers(t, gram.id, 4, 'researcher', addYears(now, -1));
    const candidates = await newPeople(20);

    const responses = await Promise.all(
      candidates.map((personId) => appoint(t, gram.id, { personId, category: 'researcher', startDate: now })),
    );

    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(19).fill(409)]);
    for (const refused of responses.filter((r) => r.status === 409)) {
      expect(refused.body.details).toEqual([
        expect.objectContaining({ field: 'category', code: 'membership.category_full' }),
      ]);
    }
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM memberships WHERE body_id = $1 AND category = 'researcher'`,
      [gram.id],
    );
    expect(n).toBe(5);
    const audited = (await t.admin.get('/audit?entity=membership&limit=1000')).body;
    expect(audited).toHaveLength(5);
    expect((await t.admin.get('/audit/verify')).body.ok).toBe(true);
  });

  it('lets exactly one of 10 parallel chair appointments through, each for a seat that is free', async () => {
    const body = await aGramLikeBody(t);
    const candidates = await newPeople(10);

    const responses = await Promise.all(
      candidates.map((personId) =>
        appoint(t, body.id, { personId, category: 'association', role: 'chair', startDate: now }),
      ),
    );

    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
    const chairs = await t.sql(`SELECT id FROM memberships WHERE body_id = $1 AND role = 'chair'`, [body.id]);
    expect(chairs).toHaveLength(1);
  });

  it('lets exactly one of 10 parallel appointments of the same person through', async () => {
    const body = await aGramLikeBody(t);
    const [personId] = await newPeople(1);
    const categories = ['association', 'researcher', 'administration'];

    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        appoint(t, body.id, { personId, category: categories[i % 3], startDate: now }),
      ),
    );

    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
  });
});
