import { parse } from 'csv-parse/sync';
import { aGramLikeBody, aUserWithRole } from '../harness/fixtures';
import { HttpClient, TestResponse } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';
import { thirtyRecommendations } from './follow-up-fixture';

/** Indexes (in the fixture) of the recommendations due ten days ago and neither implemented nor rejected. */
const OVERDUE = [1, 2, 7, 8, 13, 14, 19, 20, 25, 26];

describe('following recommendations up: overdue, summary, CSV', () => {
  let t: TestApp;
  let bodyId: string;
  let ids: string[];
  let direction: HttpClient;
  let directionToken: string;
  beforeAll(async () => {
    t = await startTestApp();
    bodyId = (await aGramLikeBody(t)).id;
    ids = await thirtyRecommendations(t, bodyId);
    const dg = await aUserWithRole(t, 'direction');
    direction = dg.http;
    // The CSV is read as raw bytes (to see the BOM), so through fetch with the DG's own token.
    const login = await t.http.post('/auth/login', { email: dg.email, password: 'correct horse battery staple' });
    directionToken = login.body.accessToken;
  }, 60_000);
  afterAll(() => t.close());

  it('lists exactly the overdue recommendations, page by page through the Link header', async () => {
    const seen: string[] = [];
    let next: string | null = `/recommendations?bodyId=${bodyId}&overdue=true&limit=4`;
    let pages = 0;
    while (next) {
      const page: TestResponse = await direction.get(next);
      expect(page.status).toBe(200);
      expect(page.body.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
      seen.push(...page.body.map((r: { id: string }) => r.id));
      next = /<([^>]+)>; rel="next"/.exec(page.headers.get('link') ?? '')?.[1] ?? null;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(OVERDUE.map((i) => ids[i]).sort());
  });

  it('filters by status and by owner', async () => {
    const accepted = (await direction.get(`/recommendations?bodyId=${bodyId}&status=accepted`)).body;
    expect(accepted.map((r: { id: string }) => r.id).sort()).toEqual([2, 8, 14, 20, 26].map((i) => ids[i]).sort());
    const owner = encodeURIComponent('Direction générale');
    const owned = (await direction.get(`/recommendations?bodyId=${bodyId}&owner=${owner}`)).body;
    expect(owned).toHaveLength(15); // every odd one
    expect(owned.every((r: { owner: string }) => r.owner === 'Direction générale')).toBe(true);
  });

  it('refuses an unknown status filter with 400 naming status', async () => {
    const response = await direction.get(`/recommendations?status=done`);
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'status', code: 'recommendation.status_unknown' }),
    ]);
  });

  it('summarises: counts by status, overdue count, per year the median days to the first answer', async () => {
    const summary = await direction.get(`/bodies/${bodyId}/recommendations/summary`);
    expect(summary.status).toBe(200);
    expect(summary.body).toEqual({
      byStatus: {
        adopted: 0,
        transmitted: 5,
        under_review: 5,
        accepted: 5,
        partially_accepted: 5,
        rejected: 5,
        implemented: 5,
      },
      overdue: 10,
      years: [
        // 2024: delays 2–6, 8–12, 14 days; 2025: 15–30 days but 19 and 25.
        { year: 2024, transmitted: 14, answered: 11, medianDaysToFirstAnswer: 8 },
        { year: 2025, transmitted: 16, answered: 14, medianDaysToFirstAnswer: 22.5 },
      ],
    });
  });

  it('exports a CSV (UTF-8 with BOM, RFC 4180) whose accents, quotes and line breaks survive a parser', async () => {
    const response = await fetch(`${t.http.baseUrl}/bodies/${bodyId}/recommendations/export.csv`, {
      headers: { authorization: `Bearer ${directionToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    const rows: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
    expect(rows).toHaveLength(30);
    expect(Object.keys(rows[0])).toContain('Échéance');
    const second = rows.find((r) => r.Identifiant === ids[1])!;
    expect(second).toMatchObject({
      Titre: 'Recommandation n° 1 : « égalité d’accès »',
      Statut: 'under_review',
      Responsable: 'Direction générale',
      'En retard': 'oui',
      'Dernière réponse': 'Réponse n° 1 ; « guillemets », virgule, et\nretour à la ligne',
    });
  });

  it('keeps the CSV export from members with 403', async () => {
    const member = (await aUserWithRole(t, 'member')).http;
    expect((await member.get(`/bodies/${bodyId}/recommendations/export.csv`)).status).toBe(403);
  });
});
