import { aUserWithRole } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';
import { aHeldMeeting, ClosedMeeting, NAMES } from './minutes-stack';

jest.setTimeout(120_000);

describe('dissent requests: members ask, the secretariat records or declines', () => {
  let t: TestApp;
  let held: ClosedMeeting;
  let itemId: string;
  let zoe: HttpClient; // present
  let agnes: HttpClient; // present
  let maelle: HttpClient; // excused, gave a proxy
  let secretariat: HttpClient;

  const personOf = async (fullName: string): Promise<string> =>
    (await t.sql(`SELECT person_id FROM memberships WHERE id = $1`, [held.membershipIds[fullName]]))[0].person_id;
  const ask = (member: HttpClient, body: Record<string, unknown>) =>
    member.post(`/meetings/${held.meetingId}/minutes/dissent-requests`, body);

  beforeAll(async () => {
    t = await startTestApp();
    held = await aHeldMeeting(t, { items: 2 });
    itemId = held.agendaItemIds[1];
    zoe = (await aUserWithRole(t, 'member', await personOf(NAMES.association[1]))).http;
    agnes = (await aUserWithRole(t, 'member', await personOf(NAMES.researcher[1]))).http;
    maelle = (await aUserWithRole(t, 'member', await personOf(NAMES.association[2]))).http;
    secretariat = (await aUserWithRole(t, 'secretariat')).http;
  });
  afterAll(() => t.close());

  it('lets a member who attended ask for their dissent under an item: 201, pending, in their name', async () => {
    const response = await ask(zoe, { itemId, text: 'Je vote contre : la charte oublie les aidants.' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      itemId,
      membershipId: held.membershipIds[NAMES.association[1]],
      fullName: NAMES.association[1],
      status: 'pending',
      declineReason: null,
    });
  });

  it('refuses a member who was excused (403), and the secretariat, who writes the draft itself (403)', async () => {
    expect((await ask(maelle, { itemId, text: 'Contre.' })).status).toBe(403);
    expect((await ask(secretariat, { itemId, text: 'Contre.' })).status).toBe(403);
  });

  it('refuses an item the agenda does not have, or an empty text, with 400 naming the field', async () => {
    const otherItem = await ask(zoe, { itemId: '00000000-0000-4000-8000-000000000000', text: 'Contre.' });
    expect(otherItem.status).toBe(400);
    expect(otherItem.body.details).toEqual([expect.objectContaining({ field: 'itemId' })]);
    const empty = await ask(zoe, { itemId, text: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.details).toEqual([expect.objectContaining({ field: 'text' })]);
  });

  it('shows the secretariat every request and a member only their own', async () => {
    expect((await ask(agnes, { itemId, text: 'Je m’abstiens faute d’évaluation.' })).status).toBe(201);
    const all = await secretariat.get(`/meetings/${held.meetingId}/minutes/dissent-requests`);
    expect(all.body.map((r: { fullName: string }) => r.fullName)).toEqual([NAMES.association[1], NAMES.researcher[1]]);
    const own = await agnes.get(`/meetings/${held.meetingId}/minutes/dissent-requests`);
    expect(own.body.map((r: { fullName: string }) => r.fullName)).toEqual([NAMES.researcher[1]]);
  });

  it('records an accepted dissent in the minutes draft under its item, once', async () => {
    const [request] = (await secretariat.get(`/meetings/${held.meetingId}/minutes/dissent-requests`)).body;
    const accepted = await secretariat.post(`/dissent-requests/${request.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', fullName: NAMES.association[1] });
    const draft = await secretariat.get(`/meetings/${held.meetingId}/minutes/draft`);
    const item = draft.body.items.find((i: { agendaItemId: string }) => i.agendaItemId === itemId);
    expect(item.dissents).toEqual([
      {
        membershipId: held.membershipIds[NAMES.association[1]],
        text: 'Je vote contre : la charte oublie les aidants.',
        private: false,
      },
    ]);
    expect((await secretariat.post(`/dissent-requests/${request.id}/accept`)).status).toBe(409);
    expect((await secretariat.post(`/dissent-requests/${request.id}/decline`, { reason: 'Non' })).status).toBe(409);
  });

  it('declines with a reason the member then reads; a decline without a reason is 400', async () => {
    const [, request] = (await secretariat.get(`/meetings/${held.meetingId}/minutes/dissent-requests`)).body;
    const noReason = await secretariat.post(`/dissent-requests/${request.id}/decline`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.details).toEqual([expect.objectContaining({ field: 'reason' })]);
    const reason = 'Ce point était une information, sans vote.';
    expect((await secretariat.post(`/dissent-requests/${request.id}/decline`, { reason })).status).toBe(200);
    const [seen] = (await agnes.get(`/meetings/${held.meetingId}/minutes/dissent-requests`)).body;
    expect(seen).toMatchObject({ status: 'declined', declineReason: reason });
    expect(seen.decidedAt).toEqual(expect.any(String));
  });

  it('lets no member decide a request (403)', async () => {
    const [, request] = (await secretariat.get(`/meetings/${held.meetingId}/minutes/dissent-requests`)).body;
    expect((await zoe.post(`/dissent-requests/${request.id}/accept`)).status).toBe(403);
  });

  it('audits every step, the draft change included, and the chain verifies', async () => {
    const actions = (await t.sql(`SELECT action FROM audit_events WHERE action LIKE 'minutes.%' ORDER BY seq`)).map(
      (r) => r.action,
    );
    expect(actions).toEqual([
      'minutes.dissent.request',
      'minutes.dissent.request',
      'minutes.draft',
      'minutes.dissent.accept',
      'minutes.dissent.decline',
    ]);
    expect((await t.admin.get('/audit/verify')).body).toMatchObject({ ok: true });
  });
});
