import { aConvenedMeeting, aMeeting, aUserWithRole, daysFromNow, openOnItsDay, theGramBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

describe('convening and the meeting lifecycle', () => {
  let t: TestApp;
  let gram: { id: string };
  beforeAll(async () => {
    t = await startTestApp();
    gram = await theGramBody(t);
  });
  afterAll(() => t.close());

  const publishAnAgenda = async (meetingId: string) => {
    await t.admin.post(`/meetings/${meetingId}/agenda/items`, { title: 'Avis sur le plan 2028', kind: 'decision' });
    expect((await t.admin.post(`/meetings/${meetingId}/agenda/publish`, {})).status).toBe(201);
  };

  it('refuses to convene a meeting without a published agenda with 409', async () => {
    const meeting = await aMeeting(t, gram.id, 30);
    await t.admin.post(`/meetings/${meeting.id}/agenda/items`, { title: 'Point non publié', kind: 'information' });
    const response = await t.admin.post(`/meetings/${meeting.id}/convene`, {});
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('convening.agenda_unpublished');
    expect((await t.admin.get(`/meetings/${meeting.id}`)).body.status).toBe('planned');
  });

  it("refuses to convene three days ahead with GRAM's five days' notice with 422", async () => {
    const meeting = await aMeeting(t, gram.id, 3);
    await publishAnAgenda(meeting.id);
    const response = await t.admin.post(`/meetings/${meeting.id}/convene`, {});
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('convening.notice_too_short');
    expect(response.body.message).toContain('l’instance exige un préavis de 5 jours');
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'startsAt', code: 'convening.notice_too_short' }),
    ]);
    expect((await t.admin.get(`/meetings/${meeting.id}`)).body.status).toBe('planned');
  });

  it('convenes three days ahead when urgent with a reason, and stores and shows the reason', async () => {
    const meeting = await aMeeting(t, gram.id, 3);
    await publishAnAgenda(meeting.id);
    const reason = 'Avis demandé par la direction générale avant le conseil d’administration';
    const response = await t.admin.post(`/meetings/${meeting.id}/convene`, { urgent: true, reason });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'convened', urgentReason: reason, convenedAgendaVersion: 1 });
    expect((await t.admin.get(`/meetings/${meeting.id}`)).body.urgentReason).toBe(reason);
    const [row] = await t.sql('SELECT urgent_reason FROM meetings WHERE id = $1', [meeting.id]);
    expect(row.urgent_reason).toBe(reason);
    const audit = (await t.admin.get(`/audit?entity=meeting:${meeting.id}`)).body.at(-1);
    expect(audit).toMatchObject({
      action: 'meeting.convene',
      before: { status: 'planned' },
      after: { urgentReason: reason },
    });
  });

  it('refuses an urgent convocation without a reason with 400 naming reason', async () => {
    const meeting = await aMeeting(t, gram.id, 3);
    await publishAnAgenda(meeting.id);
    const response = await t.admin.post(`/meetings/${meeting.id}/convene`, { urgent: true });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'reason', code: 'convening.reason_required' }),
    ]);
  });

  it('convenes with due notice and carries the agenda version', async () => {
    const convened = await aConvenedMeeting(t, gram.id, 6);
    expect(convened).toMatchObject({ status: 'convened', urgentReason: null, convenedAgendaVersion: 1 });
  });

  it('runs a meeting from planned to closed and refuses each wrong step with 409 naming the states that allow it', async () => {
    const meeting = await aMeeting(t, gram.id, 20);
    const open = await openOnItsDay(t, meeting);
    expect(open.status).toBe(409);
    expect(open.body.code).toBe('meeting.invalid_transition');
    expect(open.body.details).toEqual([
      expect.objectContaining({ field: 'status', code: 'meeting.invalid_transition' }),
    ]);

    await publishAnAgenda(meeting.id);
    expect((await t.admin.post(`/meetings/${meeting.id}/convene`, {})).body.status).toBe('convened');
    expect((await openOnItsDay(t, meeting)).body.status).toBe('in_progress');
    const cancel = await t.admin.post(`/meetings/${meeting.id}/cancel`, {});
    expect(cancel.status).toBe(409);
    expect(cancel.body.code).toBe('meeting.invalid_transition');
    const move = await t.admin.patch(`/meetings/${meeting.id}`, { startsAt: daysFromNow(40) });
    expect(move.status).toBe(409);
    expect((await t.admin.post(`/meetings/${meeting.id}/close`, {})).body.status).toBe('closed');
    const again = await t.admin.post(`/meetings/${meeting.id}/convene`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('meeting.invalid_transition');
    const actions = (await t.admin.get(`/audit?entity=meeting:${meeting.id}`)).body.map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toEqual(['meeting.create', 'meeting.convene', 'meeting.open', 'meeting.close']);
  });

  it('cancels a convened meeting with its reason', async () => {
    const meeting = await aConvenedMeeting(t, gram.id, 25);
    const cancelled = await t.admin.post(`/meetings/${meeting.id}/cancel`, { reason: 'Grève des transports' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Grève des transports' });
    expect((await t.admin.post(`/meetings/${meeting.id}/cancel`, {})).status).toBe(409);
  });

  it('refuses to move a convened meeting inside the notice period, and allows it further out', async () => {
    const meeting = await aConvenedMeeting(t, gram.id, 30);
    const tooSoon = await t.admin.patch(`/meetings/${meeting.id}`, { startsAt: daysFromNow(2) });
    expect(tooSoon.status).toBe(422);
    const later = await t.admin.patch(`/meetings/${meeting.id}`, { startsAt: daysFromNow(45) });
    expect(later.status).toBe(200);
  });

  it('lets the secretariat convene, and refuses it to members and the direction', async () => {
    const meeting = await aMeeting(t, gram.id, 30);
    await publishAnAgenda(meeting.id);
    const member = await aUserWithRole(t, 'member');
    const direction = await aUserWithRole(t, 'direction');
    const secretariat = await aUserWithRole(t, 'secretariat');
    expect((await member.http.post(`/meetings/${meeting.id}/convene`, {})).status).toBe(403);
    expect((await direction.http.post(`/meetings/${meeting.id}/convene`, {})).status).toBe(403);
    expect((await secretariat.http.post(`/meetings/${meeting.id}/convene`, {})).status).toBe(200);
  });

  it('answers 404 for a meeting that does not exist', async () => {
    const response = await t.admin.post('/meetings/00000000-0000-4000-8000-000000000000/convene', {});
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('meeting.not_found');
  });
});
