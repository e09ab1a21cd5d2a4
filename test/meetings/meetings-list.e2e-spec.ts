import { theGramBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

/** The URL of a `Link: <…>; rel="next"` header, or null when there is no next page. */
const nextLink = (link: string | null) => (link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : null);

/** One planned ordinary meeting per quarter of each year from `first` to `last`, written straight to the table. */
function quarterlyMeetings(t: TestApp, bodyId: string, first: number, last: number) {
  return t.sql(
    `INSERT INTO meetings (body_id, kind, title, quarter, starts_at, duration_minutes, status)
     SELECT $1, 'ordinary', format('Séance %s-Q%s', y, q), format('%s-Q%s', y, q),
            make_timestamptz(y, q * 3 - 1, 10, 14, 0, 0, 'Europe/Paris'), 180, 'planned'
       FROM generate_series($2::int, $3::int) y, generate_series(1, 4) q`,
    [bodyId, first, last],
  );
}

describe('the list of a body’s meetings, page by page', () => {
  let t: TestApp;
  let gram: { id: string };
  beforeAll(async () => {
    t = await startTestApp();
    gram = await theGramBody(t);
    // Fifteen years of quarterly meetings, 2027-2041: 60 rows, more than one default page.
    await quarterlyMeetings(t, gram.id, 2027, 2041);
  });
  afterAll(() => t.close());

  it('gives 50 meetings in time order by default, with a Link to the next page', async () => {
    const first = await t.admin.get(`/bodies/${gram.id}/meetings`);
    expect(first.status).toBe(200);
    expect(first.body).toHaveLength(50);
    expect(first.body[0].quarter).toBe('2027-Q1');
    expect(first.body[49].quarter).toBe('2039-Q2');
    expect(first.body[0].startsAt).toBe('2027-02-10T14:00:00.000+01:00');
    expect(nextLink(first.headers.get('link'))).toBe(
      `${t.config.mail.publicUrl}/bodies/${gram.id}/meetings?limit=50&offset=50`,
    );

    const last = await t.admin.get(nextLink(first.headers.get('link'))!);
    expect(last.body.map((m: { quarter: string }) => m.quarter)).toEqual([
      '2039-Q3',
      '2039-Q4',
      ...[2040, 2041].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`)),
    ]);
    expect(last.headers.get('link')).toBeNull();
  });

  it('follows the Link header from page to page and meets every meeting once, keeping the year filter', async () => {
    const seen: string[] = [];
    let path: string | null = `/bodies/${gram.id}/meetings?year=2030&limit=3`;
    while (path) {
      const page = await t.admin.get(path);
      expect(page.status).toBe(200);
      seen.push(...page.body.map((m: { quarter: string }) => m.quarter));
      path = nextLink(page.headers.get('link'));
    }
    expect(seen).toEqual(['2030-Q1', '2030-Q2', '2030-Q3', '2030-Q4']);
  });

  it('gives the latest meetings first with order=desc, so a long history never hides the upcoming ones', async () => {
    const first = await t.admin.get(`/bodies/${gram.id}/meetings?order=desc&limit=3`);
    expect(first.status).toBe(200);
    expect(first.body.map((m: { quarter: string }) => m.quarter)).toEqual(['2041-Q4', '2041-Q3', '2041-Q2']);
    expect(nextLink(first.headers.get('link'))).toBe(
      `${t.config.mail.publicUrl}/bodies/${gram.id}/meetings?order=desc&limit=3&offset=3`,
    );
    const next = await t.admin.get(nextLink(first.headers.get('link'))!);
    expect(next.body.map((m: { quarter: string }) => m.quarter)).toEqual(['2041-Q1', '2040-Q4', '2040-Q3']);

    const refused = await t.admin.get(`/bodies/${gram.id}/meetings?order=newest`);
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        field: 'order',
        code: 'validation.is_in',
        params: { field: 'order', values: 'asc, desc' },
      }),
    ]);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=ten', 'limit'],
    ['offset=-1', 'offset'],
    ['offset=1.5', 'offset'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const response = await t.admin.get(`/bodies/${gram.id}/meetings?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ field, code: 'validation.whole_number_range' })]);
  });
});

describe('the next page’s Link behind a proxy that serves the API under a path', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://quorum.example.org/gram/api' });
  });
  afterAll(() => t.close());

  it('names the next page at the public address, path included, not at the address the request reached', async () => {
    const gram = await theGramBody(t);
    await quarterlyMeetings(t, gram.id, 2027, 2027);
    const first = await t.admin.get(`/bodies/${gram.id}/meetings?limit=2`);
    expect(first.headers.get('link')).toBe(
      `<https://quorum.example.org/gram/api/bodies/${gram.id}/meetings?limit=2&offset=2>; rel="next"`,
    );
  });
});
