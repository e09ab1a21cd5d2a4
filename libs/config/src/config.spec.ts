import { ConfigError, loadConfig, parseTrustProxy } from './config';

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

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, 192.168.1.7, ::1, fd00::/8', ['10.0.0.0/8', '192.168.1.7', '::1', 'fd00::/8']],
  ])('reads TRUST_PROXY=%s as %j', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['yes', '10.0.0.0/33', '300.1.1.1', '10.0.0.1/8/2', '::1/129'])('refuses TRUST_PROXY=%s', (value) => {
    expect(typeof parseTrustProxy(value)).toBe('string');
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY=.*must be false, true, a hop count/);
  });
});
