import { startTestApp } from '../harness/test-app';

describe('health', () => {
  it('is green for the database, Redis and the queues', async () => {
    const t = await startTestApp();
    try {
      const health = await t.http.get('/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({
        status: 'ok',
        details: { database: { status: 'up' }, redis: { status: 'up' }, queues: { status: 'up' } },
      });
      expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await t.close();
    }
  });

  it('keeps the API up when no Redis listens, and says Redis is down', async () => {
    const t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const health = await t.http.get('/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({
        status: 'degraded',
        details: {
          database: { status: 'up' },
          redis: { status: 'degraded', message: expect.stringMatching(/^Redis is down/) },
        },
      });
      expect((await t.admin.get('/bodies')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
