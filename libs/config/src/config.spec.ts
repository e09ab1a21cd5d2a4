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
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: required[\s\S]*ADMIN_PASSWORD: required[\s\S]*AUDIT_KEY: required/,
    );
  });

  it("hashes passwords at argon2's recommended cost unless told otherwise, and never below OWASP's floor in production", () => {
    expect(loadConfig({}).auth.passwordHashing).toEqual({ memoryKib: 65536, timeCost: 3, parallelism: 4 });
    const cheap = { PASSWORD_HASH_MEMORY_KIB: '256', PASSWORD_HASH_TIME_COST: '1', PASSWORD_HASH_PARALLELISM: '1' };
    expect(loadConfig(cheap).auth.passwordHashing).toEqual({ memoryKib: 256, timeCost: 1, parallelism: 1 });
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 's'.repeat(32),
      ADMIN_PASSWORD: 'p'.repeat(12),
      AUDIT_KEY: 'k'.repeat(32),
    };
    expect(() => loadConfig({ ...production, ...cheap })).toThrow(/PASSWORD_HASH_MEMORY_KIB.*19456 KiB and 2 passes/);
    expect(loadConfig(production).auth.passwordHashing.memoryKib).toBe(65536);
    expect(() => loadConfig({ PASSWORD_HASH_MEMORY_KIB: '64', PASSWORD_HASH_PARALLELISM: '16' })).toThrow(
      /PASSWORD_HASH_MEMORY_KIB=64: argon2 needs at least 8 KiB per lane/,
    );
  });

  it('refuses an audit key shorter than 32 characters', () => {
    expect(() => loadConfig({ AUDIT_KEY: 'x'.repeat(31) })).toThrow(/AUDIT_KEY=.*32/);
    expect(loadConfig({ AUDIT_KEY: 'k'.repeat(32) }).audit).toEqual({
      key: 'k'.repeat(32),
      keyIsDevelopmentDefault: false,
    });
  });

  it('forces the embedded PostgreSQL on its configured port, and refuses it beside a DATABASE_URL', () => {
    expect(loadConfig({ EMBEDDED_POSTGRES: 'always', EMBEDDED_POSTGRES_PORT: '55432' }).database).toMatchObject({
      embedded: 'always',
      embeddedPort: 55432,
    });
    expect(loadConfig({}).database.embeddedPort).toBe(54329);
    expect(() => loadConfig({ EMBEDDED_POSTGRES: 'always', DATABASE_URL: 'postgres://x@h/db' })).toThrow(
      /EMBEDDED_POSTGRES=always: .*unset DATABASE_URL/,
    );
    expect(() => loadConfig({ EMBEDDED_POSTGRES_PORT: '70000' })).toThrow(/EMBEDDED_POSTGRES_PORT/);
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

  it('writes e-mail to DATA_DIR/outbox, with links to 127.0.0.1:3000, when nothing is set', () => {
    expect(loadConfig({ DATA_DIR: '/srv/quorum' }).mail).toEqual({
      smtpUrl: null,
      from: { name: 'Quorum', email: 'no-reply@quorum.local' },
      publicUrl: 'http://127.0.0.1:3000',
      outboxDir: '/srv/quorum/outbox',
    });
  });

  it('reads SMTP_URL, a named SMTP_FROM and PUBLIC_URL without its trailing slash', () => {
    const { mail } = loadConfig({
      SMTP_URL: 'smtp://user:secret@mail.example.org:587',
      SMTP_FROM: 'Secrétariat du GRAM <gram@example.org>',
      PUBLIC_URL: 'https://quorum.example.org/',
    });
    expect(mail.smtpUrl).toBe('smtp://user:secret@mail.example.org:587');
    expect(mail.from).toEqual({ name: 'Secrétariat du GRAM', email: 'gram@example.org' });
    expect(mail.publicUrl).toBe('https://quorum.example.org');
  });

  it('names a bad SMTP_URL, SMTP_FROM or PUBLIC_URL', () => {
    expect(() =>
      loadConfig({ SMTP_URL: 'mail.example.org', SMTP_FROM: 'not an address', PUBLIC_URL: 'quorum.example.org' }),
    ).toThrow(/SMTP_URL="mail.example.org": must be an smtp[\s\S]*SMTP_FROM="not an address"[\s\S]*PUBLIC_URL=/);
  });
});
