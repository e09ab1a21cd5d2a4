import { aGramLikeBody, aSittingMember } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

const nextLink = (link: string | null) => (link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : null);

describe('the mandates of a body, page by page', () => {
  let t: TestApp;
  let bodyId: string;
  const appointed: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    bodyId = (await aGramLikeBody(t)).id;
    for (let i = 0; i < 7; i++) appointed.push((await aSittingMember(t, bodyId, 'association')).membershipId);
  });
  afterAll(() => t.close());

  it('follows the Link header through pages of 3 and meets each of 7 mandates once, the last page without a Link', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let path: string | null = `/bodies/${bodyId}/memberships?limit=3`;
    while (path) {
      const page = await t.admin.get(path);
      expect(page.status).toBe(200);
      sizes.push(page.body.length);
      seen.push(...page.body.map((m: { id: string }) => m.id));
      path = nextLink(page.headers.get('link'));
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen.sort()).toEqual([...appointed].sort());
  });

  it('gives every mandate in one page by default when there are fewer than 50, with no Link', async () => {
    const all = await t.admin.get(`/bodies/${bodyId}/memberships`);
    expect(all.body).toHaveLength(7);
    expect(all.headers.get('link')).toBeNull();
  });

  it('refuses limit=500 with a 400 naming limit', async () => {
    const response = await t.admin.get(`/bodies/${bodyId}/memberships?limit=500`);
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'limit', code: 'validation.whole_number_range' }),
    ]);
  });
});
