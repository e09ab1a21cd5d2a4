import { aUserWithRole } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';
import { aVotingSession, VotingSession } from '../votes/voting-session';
import { anAdoptedProposal } from './adoption';

// Member logins are created on first use (argon2 is slow by design): time enough on a busy machine.
jest.setTimeout(120_000);

const answer = {
  status: 'accepted',
  text: 'La direction retient la proposition.',
  owner: 'Département des partenariats',
  dueDate: '2027-06-30',
};

describe('recommendations followed up with the general directorate', () => {
  let t: TestApp;
  let s: VotingSession;
  let direction: HttpClient;
  let directionUserId: string;
  beforeAll(async () => {
    t = await startTestApp();
    s = await aVotingSession(t, { size: 4 });
    const dg = await aUserWithRole(t, 'direction');
    direction = dg.http;
    directionUserId = dg.id;
  }, 120_000);
  afterAll(() => t.close());

  const recommendationOf = async (proposalId: string) => {
    const listed = await s.secretariat.get(`/recommendations?bodyId=${s.bodyId}`);
    return listed.body.find((r: { proposalId: string }) => r.proposalId === proposalId);
  };

  it('turns a proposal adopted by vote into a recommendation; transmitted then answered, its history has two steps', async () => {
    const { proposalId, pollId } = await anAdoptedProposal(s);
    const created = await recommendationOf(proposalId);
    expect(created).toMatchObject({
      title: 'Associer les associations aux appels à projets',
      text: 'Le GRAM propose que…',
      status: 'adopted',
      meetingId: s.meetingId,
      pollId,
      responses: [],
    });

    const transmitted = await s.secretariat.post(`/recommendations/${created.id}/transmit`, {
      text: 'Transmise à la direction générale',
    });
    expect(transmitted.status).toBe(200);
    expect(transmitted.body.status).toBe('transmitted');

    const answered = await direction.post(`/recommendations/${created.id}/responses`, answer);
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ status: 'accepted', owner: answer.owner, dueDate: answer.dueDate });
    const history = (await s.members[1].http.get(`/recommendations/${created.id}`)).body.responses;
    expect(history).toHaveLength(2);
    expect(history.map((step: { status: string }) => step.status)).toEqual(['transmitted', 'accepted']);
    expect(history[1]).toMatchObject({ text: answer.text, by: directionUserId, owner: answer.owner });
    expect(Date.parse(history[1].at)).toBeGreaterThanOrEqual(Date.parse(history[0].at));

    const audited = await t.sql(
      `SELECT action FROM audit_events WHERE entity_type = 'recommendation' AND entity_id = $1 ORDER BY seq`,
      [created.id],
    );
    expect(audited.map((row: { action: string }) => row.action)).toEqual([
      'recommendation.create',
      'recommendation.transmit',
      'recommendation.answer',
    ]);
  });

  it('refuses a member or the secretariat answering for the direction with 403, and stores nothing', async () => {
    const { proposalId } = await anAdoptedProposal(s, 'Former les chercheurs');
    const { id } = await recommendationOf(proposalId);
    await s.secretariat.post(`/recommendations/${id}/transmit`, {});
    expect((await s.members[1].http.post(`/recommendations/${id}/responses`, answer)).status).toBe(403);
    expect((await s.secretariat.post(`/recommendations/${id}/responses`, answer)).status).toBe(403);
    const after = (await s.secretariat.get(`/recommendations/${id}`)).body;
    expect(after).toMatchObject({ status: 'transmitted', owner: null });
    expect(after.responses).toHaveLength(1);
  });

  it('refuses an illegal transition with 409 naming status, and keeps the state as it was', async () => {
    const { proposalId } = await anAdoptedProposal(s, 'Ouvrir les données');
    const { id } = await recommendationOf(proposalId);
    const beforeTransmission = await direction.post(`/recommendations/${id}/responses`, answer);
    expect(beforeTransmission.status).toBe(409);
    expect(beforeTransmission.body.details).toEqual([
      expect.objectContaining({ field: 'status', code: 'recommendation.invalid_transition' }),
    ]);
    await s.secretariat.post(`/recommendations/${id}/transmit`, {});
    await direction.post(`/recommendations/${id}/responses`, { ...answer, status: 'rejected' });
    const reopened = await direction.post(`/recommendations/${id}/responses`, { ...answer, status: 'accepted' });
    expect(reopened.status).toBe(409);
    expect((await s.secretariat.post(`/recommendations/${id}/transmit`, {})).status).toBe(409);
    expect((await direction.get(`/recommendations/${id}`)).body.status).toBe('rejected');
  });

  it('refuses an answer with an unknown status or a malformed due date with 400 naming the field', async () => {
    const { proposalId } = await anAdoptedProposal(s, 'Un texte');
    const { id } = await recommendationOf(proposalId);
    const badStatus = await direction.post(`/recommendations/${id}/responses`, { ...answer, status: 'done' });
    expect(badStatus.status).toBe(400);
    expect(JSON.stringify(badStatus.body.details)).toContain('status');
    const badDate = await direction.post(`/recommendations/${id}/responses`, { ...answer, dueDate: '30/06/2027' });
    expect(badDate.status).toBe(400);
    expect(JSON.stringify(badDate.body.details)).toContain('dueDate');
  });

  it('lets the secretariat record the recommendation of an adopted proposal only once (409), and never of a draft', async () => {
    const { proposalId } = await anAdoptedProposal(s, 'Une de plus');
    const twice = await s.secretariat.post('/recommendations', { proposalId });
    expect(twice.status).toBe(409);
    const draft = await s.secretariat.post(`/bodies/${s.bodyId}/proposals`, { title: 'Brouillon', text: '…' });
    const ofDraft = await s.secretariat.post('/recommendations', { proposalId: draft.body.id });
    expect(ofDraft.status).toBe(409);
    expect(ofDraft.body.details).toEqual([
      expect.objectContaining({ field: 'proposalId', code: 'recommendation.proposal_not_adopted' }),
    ]);
  });

  it("puts each recommendation's latest status on the next meeting's agenda as an information item", async () => {
    const next = await t.admin.post(`/bodies/${s.bodyId}/meetings`, {
      title: 'Séance suivante',
      startsAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    });
    expect(next.status).toBe(201);
    const items = (await t.admin.get(`/meetings/${next.body.id}/agenda`)).body.items;
    const followUp = items.find((i: { title: string }) => i.title === 'Suivi des recommandations');
    expect(followUp).toMatchObject({ kind: 'information' });
    expect(followUp.description).toContain(
      '– Associer les associations aux appels à projets : acceptée ; responsable : Département des partenariats ; échéance : 2027-06-30',
    );
    expect(followUp.description).toContain('– Ouvrir les données : refusée');
  });
});
