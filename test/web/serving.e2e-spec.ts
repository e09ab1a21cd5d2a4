import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../harness/test-app';

const ASSETS = join(__dirname, '../../dist/web/assets');

describe('the API serving the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends / to the app under /app/', async () => {
    const response = await fetch(`${t.http.baseUrl}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/app/');
  });

  it('answers any path under /app with the page, never cached, so a deployment shows at once', async () => {
    const response = await t.http.get('/app/meetings/2b1f0c9e-0000-4000-8000-000000000000');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.text).toContain('<div id="root">');
  });

  it('sends hashed assets pre-compressed, cached for a year', async () => {
    const script = readdirSync(ASSETS).find((f) => /^index-.*\.js$/.test(f))!;
    for (const encoding of ['br', 'gzip'] as const) {
      const response = await t.http.request('GET', `/app/assets/${script}`, undefined, { 'accept-encoding': encoding });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('answers a missing asset with 404, not with the page', async () => {
    const response = await t.http.get('/app/assets/missing-0000.js');
    expect(response.status).toBe(404);
  });

  it('leaves the API routes at the root untouched', async () => {
    expect((await t.http.get('/meetings/2b1f0c9e-0000-4000-8000-000000000000')).status).toBe(401);
    expect((await t.http.get('/health')).status).toBe(200);
  });
});
