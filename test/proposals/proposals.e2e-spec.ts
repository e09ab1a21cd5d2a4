import { startTestApp, TestApp } from '../harness/test-app';
import { aVotingSession, VotingSession } from '../votes/voting-session';

// Each member's login is created on first use (argon2 is slow by design): time enough on a busy machine.
jest.setTimeout(120_000);

describe('proposals and amendments', () => {
  let t: TestApp;
  let s: VotingSession;
  beforeAll(async () => {
    t = await startTestApp();
    s = await aVotingSession(t, { size: 4 });
  }, 120_000);
  afterAll(() => t.close());

  const draft = (as = s.members[1].http, fields: Record<string, unknown> = {}) =>
    as.post(`/bodies/${s.bodyId}/proposals`, {
      title: 'Associer les associations aux appels à projets',
      text: 'Le GRAM propose que…',
      ...fields,
    });

  it('lets a member draft with a co-author, keeps each version, and shows the draft to its authors and staff only', async () => {
    const [, author, coAuthor, outsider] = s.members;
    const created = await draft(author.http, { authorMembershipIds: [coAuthor.membershipId] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, parentId: null });
    expect(created.body.authorMembershipIds.sort()).toEqual([author.membershipId, coAuthor.membershipId].sort());
    const id = created.body.id;

    const edited = await coAuthor.http.patch(`/proposals/${id}`, { text: 'Le GRAM propose désormais que…' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, text: 'Le GRAM propose désormais que…' });
    const versions = (await author.http.get(`/proposals/${id}/versions`)).body;
    expect(versions.map((v: { version: number; text: string }) => [v.version, v.text])).toEqual([
      [1, 'Le GRAM propose que…'],
      [2, 'Le GRAM propose désormais que…'],
    ]);

    expect((await outsider.http.get(`/proposals/${id}`)).status).toBe(404);
    expect((await outsider.http.patch(`/proposals/${id}`, { text: 'x' })).status).toBe(404);
    expect((await s.secretariat.get(`/proposals/${id}`)).status).toBe(200);
    const listed = (await outsider.http.get(`/bodies/${s.bodyId}/proposals`)).body;
    expect(listed.map((p: { id: string }) => p.id)).not.toContain(id);

    const submitted = await author.http.post(`/proposals/${id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect((await outsider.http.get(`/proposals/${id}`)).status).toBe(200);
    // Once submitted, the text changes only through the secretariat (carrying amendments in).
    expect((await author.http.patch(`/proposals/${id}`, { text: 'x' })).status).toBe(409);
    expect((await s.secretariat.patch(`/proposals/${id}`, { text: 'Texte amendé' })).body.version).toBe(3);
  });

  it('refuses a co-author who does not sit on the body with 400 naming the field', async () => {
    const response = await draft(undefined, { authorMembershipIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'authorMembershipIds', code: 'proposal.authors_not_sitting' }),
    ]);
  });

  it('refuses drafting to a member with no mandate in the body with 403', async () => {
    const stranger = await aVotingSession(t, { size: 1, open: false });
    const response = await draft(stranger.members[0].http);
    expect(response.status).toBe(403);
  });

  it('votes amendments before their proposal, and a poll adopts or rejects what it is on', async () => {
    const parent = (await draft(s.secretariat)).body;
    expect(parent.authorMembershipIds).toEqual([]);
    await s.secretariat.post(`/proposals/${parent.id}/submit`);
    const amendment = await s.members[2].http.post(`/proposals/${parent.id}/amendments`, {
      title: 'Amendement 1',
      text: 'Ajouter « et les chercheurs »',
    });
    expect(amendment.status).toBe(201);
    expect(amendment.body).toMatchObject({ parentId: parent.id, status: 'draft' });
    await s.members[2].http.post(`/proposals/${amendment.body.id}/submit`);
    const ofAmendment = await s.members[2].http.post(`/proposals/${amendment.body.id}/amendments`, {
      title: 'Sous-amendement',
      text: '…',
    });
    expect(ofAmendment.status).toBe(422);

    const onParent = await s.aPoll({ method: 'show_of_hands', proposalId: parent.id });
    const tooEarly = await s.secretariat.post(`/polls/${onParent.id}/open`);
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.code).toBe('proposal.amendments_pending');
    expect(tooEarly.body.message).toContain(amendment.body.id);

    const onAmendment = await s.anOpenPoll({ method: 'show_of_hands', proposalId: amendment.body.id });
    await s.secretariat.post(`/polls/${onAmendment.id}/close`, { counts: { yes: 1, no: 3, abstain: 0 } });
    expect((await t.admin.get(`/proposals/${amendment.body.id}`)).body.status).toBe('rejected');

    expect((await s.secretariat.post(`/polls/${onParent.id}/open`)).status).toBe(200);
    const closed = await s.secretariat.post(`/polls/${onParent.id}/close`, { counts: { yes: 3, no: 1, abstain: 0 } });
    expect(closed.body.result.outcome).toBe('adopted');
    const adopted = (await t.admin.get(`/proposals/${parent.id}`)).body;
    expect(adopted.status).toBe('adopted');
    expect(adopted.decidedAt).not.toBeNull();
    // Decided: no withdrawal, no amendment, no second vote.
    expect((await s.secretariat.post(`/proposals/${parent.id}/withdraw`)).status).toBe(409);
    const again = await s.aPoll({ method: 'show_of_hands', proposalId: parent.id });
    expect((await s.secretariat.post(`/polls/${again.id}/open`)).status).toBe(409);
  });

  it("makes an agenda item's proposal a real reference: an item naming no proposal is 400 naming proposalId and not stored", async () => {
    const meeting = await t.admin.post(`/bodies/${s.bodyId}/meetings`, {
      title: 'Séance suivante',
      startsAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
    });
    expect(meeting.status).toBe(201);
    const item = await t.admin.post(`/meetings/${meeting.body.id}/agenda/items`, {
      title: 'Avis',
      kind: 'decision',
      proposalId: '00000000-0000-4000-8000-000000000000',
    });
    expect(item.status).toBe(400);
    expect(item.body.details).toEqual([expect.objectContaining({ field: 'proposalId', code: 'proposal.unknown' })]);
    const linked = await t.sql('SELECT 1 FROM agenda_items WHERE meeting_id = $1 AND proposal_id IS NOT NULL', [
      meeting.body.id,
    ]);
    expect(linked).toEqual([]);
  });
});
