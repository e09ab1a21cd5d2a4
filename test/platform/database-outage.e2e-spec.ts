import { TcpProxy } from '../harness/tcp-proxy';
import { startTestApp, TestApp } from '../harness/test-app';
import { serverUrls } from '../harness/test-run';
import { freePort, waitFor } from '../harness/wait';

describe('while PostgreSQL is away', () => {
  let t: TestApp;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const postgres = new URL(serverUrls().postgres);
    proxy = new TcpProxy({ host: postgres.hostname, port: Number(postgres.port || 5432) }, await freePort());
    await proxy.start();
    t = await startTestApp(
      {},
      {
        databaseUrlForApp: (url) => {
          const viaProxy = new URL(url);
          viaProxy.port = String(proxy.port);
          return viaProxy.toString();
        },
      },
    );
  });
  afterAll(async () => {
    await proxy.cut();
    await proxy.start();
    await t.close();
    await proxy.cut();
  });

  it('answers 503, not 500, and recovers alone when PostgreSQL is back', async () => {
    expect((await t.admin.get('/bodies')).status).toBe(200);

    await proxy.cut();
    const during = await t.admin.get('/bodies');
    expect(during.status).toBe(503);
    expect(during.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'database.unavailable',
      message: 'La base de données est indisponible\u202f; réessayez dans un instant',
      params: {},
    });
    const health = await t.http.get('/health');
    expect(health.status).toBe(503);
    expect(health.body.details.database.status).toBe('down');

    await proxy.start();
    const after = await waitFor(
      'the API to reach PostgreSQL again',
      async () => {
        const response = await t.admin.get('/bodies');
        return response.status === 200 ? response : undefined;
      },
      10_000,
    );
    expect(after.body.map((b: { slug: string }) => b.slug)).toContain('gram');
  });
});
