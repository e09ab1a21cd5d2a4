import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('works with no variable at all, pointing at 127.0.0.1', () => {
    const config = loadConfig({});
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/quorum');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000 });
  });

  it('names each bad variable and why', () => {
    expect(() => loadConfig({ PORT: 'eighty', REDIS_URL: 'http://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://x' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        expect.stringMatching(/^PORT="eighty": .*integer/),
        'REDIS_URL="http://x": must be a redis:// URL',
      ]);
    }
  });

  it('demands real secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required[\s\S]*ADMIN_PASSWORD: required/);
  });
});
