import { aGramLikeBody, aSittingMember, aUserWithRole, theGramBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

// Every login hashes or verifies an argon2 password: generous limits, so a loaded machine is never a failure.
jest.setTimeout(120_000);

const PASSWORD = 'correct horse battery staple';
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('my account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows a member the mandates they hold today, with body, category and membership id', async () => {
    const gram = await theGramBody(t);
    const other = await aGramLikeBody(t);
    const { personId, membershipId } = await aSittingMember(t, gram.id, 'association');
    // An ended mandate in another body, and one that has not begun yet: neither is held today.
    await t.admin.post(`/bodies/${other.id}/memberships`, {
      personId,
      category: 'researcher',
      startDate: isoDay(-800),
      endDate: isoDay(-30),
    });
    const member = await aUserWithRole(t, 'member', personId);

    const me = await member.http.get('/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: member.id,
      email: member.email,
      role: 'member',
      personId,
      language: 'fr',
      mandates: [
        {
          membershipId,
          bodyId: gram.id,
          bodyName: expect.stringContaining('GRAM'),
          category: 'association',
          role: 'member',
          startDate: isoDay(-365),
          endDate: expect.any(String),
        },
      ],
    });
  });

  it('shows a former member, whose mandates all ended, no mandate', async () => {
    const body = await aGramLikeBody(t);
    const { personId } = await aSittingMember(t, body.id, 'researcher', {
      startDate: isoDay(-400),
      endDate: isoDay(-1),
    });
    const former = await aUserWithRole(t, 'member', personId);
    const me = await former.http.get('/auth/me');
    expect(me.body.role).toBe('member');
    expect(me.body.mandates).toEqual([]);
  });

  it('lets a user choose English, refuses a language Quorum does not speak, and audits the change', async () => {
    const user = await aUserWithRole(t, 'direction');
    const changed = await user.http.patch('/auth/me', { language: 'en' });
    expect(changed.status).toBe(200);
    expect(changed.body.language).toBe('en');
    expect((await user.http.get('/auth/me')).body.language).toBe('en');

    const refused = await user.http.patch('/auth/me', { language: 'de' });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        field: 'language',
        code: 'validation.is_in',
        message: expect.stringContaining('fr, en'),
      }),
    ]);
    const events = await t.sql(
      `SELECT before, after FROM audit_events WHERE action = 'user.update' AND entity_id = $1`,
      [user.id],
    );
    expect(events).toEqual([{ before: { language: 'fr' }, after: { language: 'en' } }]);
  });

  it('changes my password with 204 once I prove the current one; my tokens are revoked', async () => {
    const user = await aUserWithRole(t, 'secretariat');
    const changed = await user.http.post('/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.status).toBe(204);
    expect((await user.http.get('/auth/me')).status).toBe(401);
    expect((await t.http.post('/auth/login', { email: user.email, password: PASSWORD })).status).toBe(401);
    expect((await t.http.post('/auth/login', { email: user.email, password: 'a brand new passphrase' })).status).toBe(
      200,
    );
    const [event] = await t.sql(
      `SELECT after FROM audit_events WHERE action = 'user.password.change' AND entity_id = $1`,
      [user.id],
    );
    expect(JSON.stringify(event.after)).not.toMatch(/passphrase|argon2/);
  });

  it('refuses a password change with a wrong current password (400 naming it) or a short new one', async () => {
    const user = await aUserWithRole(t, 'secretariat');
    const wrong = await user.http.post('/auth/password', {
      currentPassword: 'not my password',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([
      expect.objectContaining({ field: 'currentPassword', code: 'auth.wrong_current_password' }),
    ]);
    const short = await user.http.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.details).toEqual([
      expect.objectContaining({
        field: 'newPassword',
        code: 'validation.min_length',
        message: expect.stringContaining('12'),
      }),
    ]);
    // Nothing changed: the token still works and the password is the old one.
    expect((await user.http.get('/auth/me')).status).toBe(200);
    expect((await t.http.post('/auth/login', { email: user.email, password: PASSWORD })).status).toBe(200);
  });
});
