import { DEVELOPMENT_ADMIN } from '@quorum/config';
import { randomUUID } from 'node:crypto';
import { aPersonId, aUserWithRole } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

// Every login hashes or verifies an argon2 password: generous limits, so a loaded machine is never a failure.
jest.setTimeout(120_000);

const PASSWORD = 'correct horse battery staple';

describe('managing logins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password = PASSWORD) => t.http.post('/auth/login', { email, password });

  it('disables a login: it can no longer log in and its tokens stop working; enabling restores it', async () => {
    const user = await aUserWithRole(t, 'direction');
    const disabled = await t.admin.post(`/users/${user.id}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ id: user.id, disabled: true });

    expect((await user.http.get('/bodies')).status).toBe(401);
    const refused = await login(user.email);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('auth.account_disabled');

    const enabled = await t.admin.post(`/users/${user.id}/enable`);
    expect(enabled.body.disabled).toBe(false);
    expect((await login(user.email)).status).toBe(200);
    // The token from before the disabling stays revoked.
    expect((await user.http.get('/bodies')).status).toBe(401);

    const actions = await t.sql(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [user.id]);
    expect(actions.map((a) => a.action)).toEqual(['user.create', 'user.disable', 'user.enable']);
  });

  it('refuses to let an admin disable their own login with 409', async () => {
    const me = (await t.admin.get('/auth/me')).body;
    const response = await t.admin.post(`/users/${me.id}/disable`);
    expect(response.status).toBe(409);
    expect((await t.admin.get('/auth/me')).status).toBe(200);
  });

  it('resets a password with 204: the new one works, the old one and the old tokens do not', async () => {
    const user = await aUserWithRole(t, 'secretariat');
    const reset = await t.admin.post(`/users/${user.id}/password`, { newPassword: 'given by the admin today' });
    expect(reset.status).toBe(204);
    expect((await user.http.get('/bodies')).status).toBe(401);
    expect((await login(user.email)).status).toBe(401);
    expect((await login(user.email, 'given by the admin today')).status).toBe(200);
    const [event] = await t.sql(`SELECT actor_id, after FROM audit_events WHERE action = 'user.password.reset'`);
    expect(JSON.stringify(event.after)).not.toMatch(/given by the admin|argon2/);
  });

  it('answers 404 for a user that does not exist, and 400 naming a malformed id', async () => {
    expect((await t.admin.post(`/users/${randomUUID()}/disable`)).status).toBe(404);
    const malformed = await t.admin.post('/users/not-a-uuid/password', { newPassword: 'given by the admin today' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.details).toEqual([expect.objectContaining({ field: 'userId', code: 'validation.is_uuid' })]);
  });

  it('lets the secretariat create a member login for a person, and nothing else', async () => {
    const secretariat = await aUserWithRole(t, 'secretariat');
    const personId = await aPersonId(t);
    const created = await secretariat.http.post('/users', {
      email: `member-${randomUUID().slice(0, 8)}@example.org`,
      password: PASSWORD,
      role: 'member',
      personId,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'member', personId, language: 'fr', disabled: false });
    expect((await login(created.body.email)).status).toBe(200);

    for (const role of ['admin', 'secretariat', 'direction']) {
      const refused = await secretariat.http.post('/users', {
        email: `${role}-${randomUUID().slice(0, 8)}@example.org`,
        password: PASSWORD,
        role,
      });
      expect([role, refused.status]).toEqual([role, 403]);
    }
    const withoutPerson = await secretariat.http.post('/users', {
      email: `member-${randomUUID().slice(0, 8)}@example.org`,
      password: PASSWORD,
      role: 'member',
    });
    expect(withoutPerson.status).toBe(400);
    expect(withoutPerson.body.details).toEqual([
      expect.objectContaining({ field: 'personId', code: 'validation.required' }),
    ]);
  });

  it('leaves the bootstrap admin able to log in', async () => {
    expect((await t.http.post('/auth/login', DEVELOPMENT_ADMIN)).status).toBe(200);
  });
});
