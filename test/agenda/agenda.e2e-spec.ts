import { aMeeting, aSittingMember, aUserWithRole, openOnItsDay, theGramBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

const pdf = { name: 'Note de cadrage.pdf', type: 'application/pdf', size: 182044, sha256: 'ab'.repeat(32) };

describe('agendas', () => {
  let t: TestApp;
  let gram: { id: string };
  beforeAll(async () => {
    t = await startTestApp();
    gram = await theGramBody(t);
  });
  afterAll(() => t.close());

  /** A meeting whose agenda starts empty: the standard minutes-approval item is taken off. */
  const aMeetingWithEmptyAgenda = async () => {
    const meeting = await aMeeting(t, gram.id);
    for (const item of (await t.admin.get(`/meetings/${meeting.id}/agenda`)).body.items) {
      expect((await t.admin.delete(`/agenda-items/${item.id}`)).status).toBe(204);
    }
    return meeting;
  };

  const addItem = async (meetingId: string, fields: Record<string, unknown>) => {
    const response = await t.admin.post(`/meetings/${meetingId}/agenda/items`, { kind: 'discussion', ...fields });
    expect(response.status).toBe(201);
    return response.body;
  };

  it('builds an agenda with kinds, presenters, durations, a linked proposal and document metadata', async () => {
    const meeting = await aMeetingWithEmptyAgenda();
    // The item's proposal is a real one (agenda_items.proposal_id is a foreign key since issue 15).
    const proposal = await t.admin.post(`/bodies/${gram.id}/proposals`, {
      title: 'Charte',
      text: 'Texte de la charte',
    });
    const proposalId = proposal.body.id;
    const item = await addItem(meeting.id, {
      title: 'Charte de participation des associations',
      kind: 'decision',
      description: 'Adoption de la charte révisée',
      presenter: 'Secrétariat du GRAM',
      durationMinutes: 45,
      proposalId,
      documents: [pdf],
    });
    expect(item).toMatchObject({ position: 1, proposalId, documents: [pdf], durationMinutes: 45 });
    const agenda = await t.admin.get(`/meetings/${meeting.id}/agenda`);
    expect(agenda.body).toMatchObject({ publishedVersion: null, unpublishedChanges: true, items: [item] });
  });

  it('publishes an agenda edited after publishing as a second version and lists their difference', async () => {
    const meeting = await aMeetingWithEmptyAgenda();
    const intro = await addItem(meeting.id, { title: 'Accueil des nouveaux membres', kind: 'information' });
    const budget = await addItem(meeting.id, { title: 'Budget des associations', durationMinutes: 30 });
    const late = await addItem(meeting.id, { title: 'Questions diverses', kind: 'information' });
    const v1 = await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ number: 1, changeNote: null });

    expect((await t.admin.patch(`/agenda-items/${budget.id}`, { kind: 'decision', durationMinutes: 40 })).status).toBe(
      200,
    );
    expect((await t.admin.delete(`/agenda-items/${intro.id}`)).status).toBe(204);
    const added = await addItem(meeting.id, { title: 'Rapport sur les essais cliniques', documents: [pdf] });
    const reordered = await t.admin.post(`/meetings/${meeting.id}/agenda/reorder`, {
      itemIds: [late.id, budget.id, added.id],
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
    expect(reordered.body).toMatchObject({ publishedVersion: 1, unpublishedChanges: true });

    const noNote = await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
    expect(noNote.status).toBe(400);
    expect(noNote.body.details).toEqual([
      expect.objectContaining({ field: 'changeNote', code: 'agenda.change_note_required' }),
    ]);

    const changeNote = 'Le budget passe en décision ; ajout du rapport sur les essais';
    const v2 = await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, { changeNote });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ number: 2, changeNote });

    const versions = await t.admin.get(`/meetings/${meeting.id}/agenda/versions`);
    expect(versions.body.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(versions.body[0].items.map((i: { title: string }) => i.title)).toEqual([
      'Accueil des nouveaux membres',
      'Budget des associations',
      'Questions diverses',
    ]);

    const diff = await t.admin.get(`/meetings/${meeting.id}/agenda/versions/1/diff/2`);
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({ from: 1, to: 2, changeNote });
    expect(diff.body.added).toEqual([
      expect.objectContaining({ id: added.id, title: 'Rapport sur les essais cliniques' }),
    ]);
    expect(diff.body.removed).toEqual([expect.objectContaining({ id: intro.id })]);
    expect(diff.body.changed).toEqual([
      {
        id: budget.id,
        title: 'Budget des associations',
        changes: [
          { field: 'kind', from: 'discussion', to: 'decision' },
          { field: 'durationMinutes', from: 30, to: 40 },
        ],
      },
    ]);
    expect(diff.body.moved).toEqual([expect.objectContaining({ id: late.id, fromPosition: 3, toPosition: 1 })]);
    expect((await t.admin.get(`/meetings/${meeting.id}/agenda`)).body.unpublishedChanges).toBe(false);
  });

  it('keeps published versions immutable: later edits never change them', async () => {
    const meeting = await aMeetingWithEmptyAgenda();
    const item = await addItem(meeting.id, { title: 'Version initiale' });
    await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
    await t.admin.patch(`/agenda-items/${item.id}`, { title: 'Titre corrigé' });
    const [v1] = (await t.admin.get(`/meetings/${meeting.id}/agenda/versions`)).body;
    expect(v1.items[0].title).toBe('Version initiale');
  });

  it('refuses to publish an unchanged agenda again with 409', async () => {
    const meeting = await aMeetingWithEmptyAgenda();
    await addItem(meeting.id, { title: 'Point unique' });
    await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
    const again = await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, { changeNote: 'Rien' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('agenda.unchanged');
  });

  it('answers 404 for a version that does not exist and 400 for a version that is not a number', async () => {
    const meeting = await aMeetingWithEmptyAgenda();
    expect((await t.admin.get(`/meetings/${meeting.id}/agenda/versions/1/diff/2`)).status).toBe(404);
    const bad = await t.admin.get(`/meetings/${meeting.id}/agenda/versions/one/diff/2`);
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([
      expect.objectContaining({ field: 'from', code: 'validation.positive_whole_number' }),
    ]);
    const huge = await t.admin.get(`/meetings/${meeting.id}/agenda/versions/1/diff/99999999999`);
    expect(huge.status).toBe(400);
    expect(huge.body.details).toEqual([
      expect.objectContaining({ field: 'to', code: 'validation.positive_whole_number' }),
    ]);
  });

  it('refuses a reorder that leaves out an item, with 400 naming itemIds', async () => {
    const meeting = await aMeetingWithEmptyAgenda();
    const a = await addItem(meeting.id, { title: 'A' });
    await addItem(meeting.id, { title: 'B' });
    const response = await t.admin.post(`/meetings/${meeting.id}/agenda/reorder`, { itemIds: [a.id] });
    expect(response.status).toBe(400);
    expect(response.body.details[0]).toMatchObject({ field: 'itemIds' });
  });

  it.each([
    ['an unknown kind', { title: 'X', kind: 'vote' }, 'kind'],
    ['a bad checksum', { title: 'X', kind: 'decision', documents: [{ ...pdf, sha256: 'xyz' }] }, 'documents.0.sha256'],
    ['a proposal id that is not a UUID', { title: 'X', kind: 'decision', proposalId: '12' }, 'proposalId'],
  ])('refuses an item with %s with 400 naming the field', async (_, payload, field) => {
    const meeting = await aMeetingWithEmptyAgenda();
    const response = await t.admin.post(`/meetings/${meeting.id}/agenda/items`, payload);
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await t.admin.get(`/meetings/${meeting.id}/agenda`)).body.items).toEqual([]);
  });

  it('freezes the agenda once the meeting is open: edits are refused with 409', async () => {
    const meeting = await aMeetingWithEmptyAgenda();
    const item = await addItem(meeting.id, { title: 'Point' });
    await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
    await t.admin.post(`/meetings/${meeting.id}/convene`, {});
    await openOnItsDay(t, meeting);
    const edit = await t.admin.patch(`/agenda-items/${item.id}`, { title: 'Trop tard' });
    expect(edit.status).toBe(409);
    expect(edit.body).toMatchObject({
      code: 'meeting.invalid_transition',
      details: [expect.objectContaining({ field: 'status' })],
    });
  });

  describe('requests from members', () => {
    it('lets a sitting member request an item, which the secretariat accepts onto the agenda', async () => {
      const meeting = await aMeetingWithEmptyAgenda();
      const { personId } = await aSittingMember(t, gram.id, 'association');
      const member = await aUserWithRole(t, 'member', personId);
      const requested = await member.http.post(`/meetings/${meeting.id}/agenda/requests`, {
        title: 'Accessibilité des documents',
        description: 'Documents en gros caractères pour les membres malvoyants',
      });
      expect(requested.status).toBe(201);
      expect(requested.body).toMatchObject({ status: 'pending', kind: 'discussion', requestedByPersonId: personId });

      const secretariat = await aUserWithRole(t, 'secretariat');
      const accepted = await secretariat.http.post(`/agenda-requests/${requested.body.id}/accept`, {});
      expect(accepted.status).toBe(200);
      expect(accepted.body.status).toBe('accepted');
      const agenda = (await t.admin.get(`/meetings/${meeting.id}/agenda`)).body;
      expect(agenda.items.at(-1)).toMatchObject({
        id: accepted.body.agendaItemId,
        title: 'Accessibilité des documents',
        kind: 'discussion',
      });
      const twice = await secretariat.http.post(`/agenda-requests/${requested.body.id}/decline`, { reason: 'Non' });
      expect(twice.status).toBe(409);
    });

    it('declines a request with its reason, which the member can read', async () => {
      const meeting = await aMeetingWithEmptyAgenda();
      const { personId } = await aSittingMember(t, gram.id, 'researcher');
      const member = await aUserWithRole(t, 'member', personId);
      const requested = await member.http.post(`/meetings/${meeting.id}/agenda/requests`, { title: 'Hors sujet' });
      const noReason = await t.admin.post(`/agenda-requests/${requested.body.id}/decline`, {});
      expect(noReason.status).toBe(400);
      expect(noReason.body.details.map((d: { field: string }) => d.field)).toContain('reason');
      const reason = 'Relève du conseil scientifique, pas du GRAM';
      const declined = await t.admin.post(`/agenda-requests/${requested.body.id}/decline`, { reason });
      expect(declined.body).toMatchObject({ status: 'declined', declineReason: reason, agendaItemId: null });
      const listed = await member.http.get(`/meetings/${meeting.id}/agenda/requests`);
      expect(listed.body).toEqual([expect.objectContaining({ status: 'declined', declineReason: reason })]);
      expect((await t.admin.get(`/meetings/${meeting.id}/agenda`)).body.items).toEqual([]);
    });

    it('refuses a request from a member who holds no sitting mandate with 403', async () => {
      const meeting = await aMeetingWithEmptyAgenda();
      const outsider = await aUserWithRole(t, 'member');
      const response = await outsider.http.post(`/meetings/${meeting.id}/agenda/requests`, { title: 'X' });
      expect(response.status).toBe(403);
    });

    it('refuses to let a member accept a request', async () => {
      const meeting = await aMeetingWithEmptyAgenda();
      const requested = await t.admin.post(`/meetings/${meeting.id}/agenda/requests`, { title: 'Point' });
      const { personId } = await aSittingMember(t, gram.id, 'association');
      const member = await aUserWithRole(t, 'member', personId);
      expect((await member.http.post(`/agenda-requests/${requested.body.id}/accept`, {})).status).toBe(403);
    });
  });
});
