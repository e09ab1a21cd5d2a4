import { addDays } from '@quorum/domain';
import { aGramLikeBody, aMeeting, aSittingMember, aUserWithRole } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';
import { today } from '../harness/today';

describe('actions decided in meetings', () => {
  let t: TestApp;
  let meetingId: string;
  let bodyId: string;
  beforeAll(async () => {
    t = await startTestApp();
    bodyId = (await aGramLikeBody(t)).id;
    meetingId = (await aMeeting(t, bodyId)).id;
  }, 60_000);
  afterAll(() => t.close());

  const decide = (title: string, dueDate?: string) =>
    t.admin.post(`/meetings/${meetingId}/actions`, { title, assignee: 'Secrétariat du GRAM', dueDate });

  it('records an action with its assignee and due date, lists it per meeting and flags the overdue ones', async () => {
    const late = await decide('Envoyer la synthèse aux associations', addDays(today(), -3));
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ status: 'open', assignee: 'Secrétariat du GRAM', overdue: true });
    const onTime = (await decide('Préparer le bilan annuel', addDays(today(), 30))).body;
    // Members read the actions of the bodies they sit on (test/recommendations/read-access.e2e-spec.ts).
    const member = (await aUserWithRole(t, 'member', (await aSittingMember(t, bodyId, 'association')).personId)).http;
    const all = (await member.get(`/meetings/${meetingId}/actions`)).body;
    expect(all.map((a: { title: string }) => a.title)).toEqual([
      'Envoyer la synthèse aux associations',
      'Préparer le bilan annuel',
    ]);
    const overdue = (await member.get(`/meetings/${meetingId}/actions?overdue=true`)).body;
    expect(overdue.map((a: { id: string }) => a.id)).toEqual([late.body.id]);

    const done = await t.admin.patch(`/actions/${late.body.id}`, { status: 'done' });
    expect(done.body).toMatchObject({ status: 'done', overdue: false });
    expect((await member.get(`/meetings/${meetingId}/actions?overdue=true`)).body).toEqual([]);
    expect(onTime.overdue).toBe(false);
  });

  it('refuses reopening a cancelled action with 409, and a malformed due date with 400 naming dueDate', async () => {
    const action = (await decide('Action annulée')).body;
    await t.admin.patch(`/actions/${action.id}`, { status: 'cancelled' });
    const reopened = await t.admin.patch(`/actions/${action.id}`, { status: 'open' });
    expect(reopened.status).toBe(409);
    expect(reopened.body.details).toEqual([
      expect.objectContaining({ field: 'status', code: 'action.invalid_transition' }),
    ]);
    const bad = await decide('Mauvaise date', '31/12/2027');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.details)).toContain('dueDate');
  });

  it('lets only the secretariat record actions (a member gets 403) and audits each change', async () => {
    // Members read the actions of the bodies they sit on (test/recommendations/read-access.e2e-spec.ts).
    const member = (await aUserWithRole(t, 'member', (await aSittingMember(t, bodyId, 'association')).personId)).http;
    expect((await member.post(`/meetings/${meetingId}/actions`, { title: 'x', assignee: 'y' })).status).toBe(403);
    const audited = await t.sql(`SELECT action FROM audit_events WHERE entity_type = 'action'`);
    expect(audited.map((r: { action: string }) => r.action)).toContain('action.update');
  });
});
