import { startTestApp, TestApp } from '../harness/test-app';
import { aVotingSession } from './voting-session';

// Each member's login is created on first use (argon2 is slow by design): time enough on a busy machine.
jest.setTimeout(120_000);

describe('opening a poll', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses to open a poll without quorum with 422 and the reason', async () => {
    const s = await aVotingSession(t, { size: 6, present: 2 });
    const poll = await s.aPoll({ method: 'secret' });
    const response = await s.secretariat.post(`/polls/${poll.id}/open`);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('poll.no_quorum');
    expect(response.body.message).toContain('2 présents ou à distance et 0 représenté, 3 requis');
    expect(response.body.details).toEqual([expect.objectContaining({ field: 'meeting', code: 'poll.no_quorum' })]);
    expect((await t.admin.get(`/polls/${poll.id}`)).body.status).toBe('draft');
  });

  it('refuses to open a poll before the meeting is in session with 422', async () => {
    const s = await aVotingSession(t, { size: 4, open: false });
    const poll = await s.aPoll({ method: 'roll_call' });
    const response = await s.secretariat.post(`/polls/${poll.id}/open`);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('poll.meeting_not_in_session');
  });

  it('counts represented members towards quorum and opens; a second open is 409', async () => {
    const s = await aVotingSession(t, { size: 6, present: 2 });
    await s.record(s.members[2], 'excused', s.members[0]);
    const poll = await s.aPoll({ method: 'secret' });
    const opened = await s.secretariat.post(`/polls/${poll.id}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ status: 'open', eligible: 3, cast: 0 });
    expect((await s.secretariat.post(`/polls/${poll.id}/open`)).status).toBe(409);
  });

  it('refuses creating a poll to members with 403, and an unknown method with 400', async () => {
    const s = await aVotingSession(t, { size: 4 });
    const byMember = await s.members[1].http.post(`/agenda-items/${s.itemId}/polls`, {
      question: 'Q ?',
      method: 'secret',
    });
    expect(byMember.status).toBe(403);
    const bad = await s.secretariat.post(`/agenda-items/${s.itemId}/polls`, { question: 'Q ?', method: 'raised' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['method']);
  });
});
