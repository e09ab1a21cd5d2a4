import {
  aConvenedMeeting,
  aFullGram,
  aSittingMember,
  aUserWithRole,
  daysFromNow,
  openOnItsDay,
} from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

describe('attendance, proxies and quorum', () => {
  let t: TestApp;
  let bodyId: string;
  let gram: Awaited<ReturnType<typeof aFullGram>>;
  beforeAll(async () => {
    t = await startTestApp();
    // A body like GRAM, of its own, so that the 20 mandates are all its sitting members.
    const body = await t.admin.post('/bodies', {
      slug: 'gram-bis',
      name: 'GRAM (copie de test)',
      categories: [
        { code: 'association', label: 'Associations', seats: 10 },
        { code: 'researcher', label: 'Chercheurs', seats: 5 },
        { code: 'administration', label: 'Administration', seats: 5 },
      ],
    });
    bodyId = body.body.id;
    gram = await aFullGram(t, bodyId);
  });
  afterAll(() => t.close());

  const record = (meetingId: string, membershipId: string, status: string, proxyHolderMembershipId?: string) =>
    t.admin.put(`/meetings/${meetingId}/attendance/${membershipId}`, {
      status,
      ...(proxyHolderMembershipId ? { proxyHolderMembershipId } : {}),
    });

  it('meets quorum with 12 present and 3 proxies of 20, and refuses a second proxy to one holder', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    const [present, excused] = [gram.all.slice(0, 12), gram.all.slice(12, 15)];
    for (const id of present) expect((await record(meeting.id, id, 'present')).status).toBe(200);
    for (const [i, id] of excused.entries()) {
      expect((await record(meeting.id, id, 'excused', present[i])).status).toBe(200);
    }
    const second = await record(meeting.id, gram.all[15], 'excused', present[0]);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('attendance.proxy_limit');
    expect(second.body.details).toEqual([
      expect.objectContaining({ field: 'proxyHolderMembershipId', code: 'attendance.proxy_limit' }),
    ]);

    await openOnItsDay(t, meeting);
    const sheet = await t.admin.get(`/meetings/${meeting.id}/attendance`);
    expect(sheet.status).toBe(200);
    expect(sheet.body.quorum).toMatchObject({ required: 10, present: 12, represented: 3, met: true, waived: false });
    expect(sheet.body.quorum.byCategory.association).toEqual({
      seats: 10,
      sitting: 10,
      present: 10,
      represented: 0,
      minimum: 0,
      met: true,
    });
    expect(sheet.body).toMatchObject({ canDecide: true, cannotDecideBecause: null });
    expect(sheet.body.members).toHaveLength(20);
    const holder = sheet.body.members.find((m: { membershipId: string }) => m.membershipId === present[0]);
    expect(holder.proxiesHeld).toEqual([excused[0]]);
    const unrecorded = sheet.body.members.find((m: { membershipId: string }) => m.membershipId === gram.all[15]);
    expect(unrecorded).toMatchObject({ status: null, proxyHolderMembershipId: null });
  });

  it('does not meet quorum with 8 present and no proxies, and the meeting cannot open a poll', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    for (const id of gram.all.slice(0, 8)) await record(meeting.id, id, 'present');
    await openOnItsDay(t, meeting);
    const sheet = (await t.admin.get(`/meetings/${meeting.id}/attendance`)).body;
    expect(sheet.quorum).toMatchObject({ required: 10, present: 8, represented: 0, met: false });
    expect(sheet.canDecide).toBe(false);
    expect(sheet.cannotDecideBecause).toBe(
      'Le vote ne peut pas s’ouvrir\u00a0: quorum non atteint\u202f; 8 présents ou à distance et 0 représenté, 10 requis',
    );
  });

  it('counts remote members as attending', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    for (const id of gram.all.slice(0, 5)) await record(meeting.id, id, 'present');
    for (const id of gram.all.slice(5, 10)) await record(meeting.id, id, 'remote');
    const sheet = (await t.admin.get(`/meetings/${meeting.id}/attendance`)).body;
    expect(sheet.quorum).toMatchObject({ present: 10, met: true });
    expect(sheet.canDecide).toBe(false); // convened, not yet in session
  });

  it('keeps the proxy limit under concurrent requests: of five proxies to one holder, exactly one holds', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    const holder = gram.all[0];
    await record(meeting.id, holder, 'present');
    const givers = gram.all.slice(1, 6);
    const responses = await Promise.all(givers.map((id) => record(meeting.id, id, 'excused', holder)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const [row] = await t.sql(
      'SELECT count(*)::int AS n FROM attendances WHERE meeting_id = $1 AND proxy_holder_membership_id = $2',
      [meeting.id, holder],
    );
    expect(row.n).toBe(1);
  });

  it('refuses proxy chains both ways with 409', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    const [a, b, c] = gram.all;
    expect((await record(meeting.id, b, 'excused', c)).status).toBe(200);
    const toExcused = await record(meeting.id, a, 'excused', b);
    expect(toExcused.status).toBe(409);
    expect(toExcused.body.code).toBe('attendance.proxy_holder_absent');
    const holderLeaves = await record(meeting.id, c, 'excused', a);
    expect(holderLeaves.status).toBe(409);
    expect(holderLeaves.body.details).toEqual([
      expect.objectContaining({ field: 'status', code: 'attendance.holds_proxies' }),
    ]);
  });

  it.each([
    ['a proxy given by a present member', 'present', 'proxyHolderMembershipId', 400],
    ['an unknown status', 'late', 'status', 400],
  ])('refuses %s naming the field', async (_, status, field, code) => {
    const meeting = await aConvenedMeeting(t, bodyId);
    const response = await record(meeting.id, gram.all[0], status, gram.all[1]);
    expect(response.status).toBe(code);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await t.sql('SELECT * FROM attendances WHERE meeting_id = $1', [meeting.id])).toEqual([]);
  });

  it('refuses a proxy to a mandate that ended before the meeting with 422', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    const former = await aSittingMember(t, bodyId, 'association', { startDate: '2019-01-01', endDate: '2022-12-31' });
    const response = await record(meeting.id, gram.all[0], 'excused', former.membershipId);
    expect(response.status).toBe(422);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'proxyHolderMembershipId', code: 'attendance.proxy_holder_not_sitting' }),
    ]);
  });

  it('answers 404 for a mandate of another body', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    const gramBody = (await t.admin.get('/bodies')).body.find((b: { slug: string }) => b.slug === 'gram');
    const elsewhere = await aSittingMember(t, gramBody.id, 'association');
    expect((await record(meeting.id, elsewhere.membershipId, 'present')).status).toBe(404);
  });

  it('lets a member declare themselves excused with a proxy before the meeting opens, but nobody else', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    const membershipId = gram.researcher[4];
    const [{ person_id: personId }] = await t.sql('SELECT person_id FROM memberships WHERE id = $1', [membershipId]);
    const mine = { membershipId, personId };
    const member = await aUserWithRole(t, 'member', personId);
    const declared = await member.http.put(`/meetings/${meeting.id}/attendance/${mine.membershipId}`, {
      status: 'excused',
      proxyHolderMembershipId: gram.researcher[0],
    });
    expect(declared.status).toBe(200);
    const row = declared.body.members.find((m: { membershipId: string }) => m.membershipId === mine.membershipId);
    expect(row).toMatchObject({ status: 'excused', proxyHolderMembershipId: gram.researcher[0] });
    const [attendance] = await t.sql('SELECT id FROM attendances WHERE meeting_id = $1 AND membership_id = $2', [
      meeting.id,
      membershipId,
    ]);
    const audit = (await t.admin.get(`/audit?entity=attendance:${attendance.id}`)).body;
    expect(audit).toEqual([expect.objectContaining({ action: 'attendance.record', actorId: member.id })]);

    const someoneElse = await member.http.put(`/meetings/${meeting.id}/attendance/${gram.researcher[1]}`, {
      status: 'excused',
    });
    expect(someoneElse.status).toBe(403);
    const present = await member.http.put(`/meetings/${meeting.id}/attendance/${mine.membershipId}`, {
      status: 'present',
    });
    expect(present.status).toBe(403);

    await openOnItsDay(t, meeting);
    const late = await member.http.put(`/meetings/${meeting.id}/attendance/${mine.membershipId}`, {
      status: 'excused',
    });
    expect(late.status).toBe(409);
  });

  it('records invited guests apart, with the items they attend, and never counts them for quorum', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    const [item] = (await t.admin.get(`/meetings/${meeting.id}/agenda`)).body.items;
    const guest = await t.admin.post(`/meetings/${meeting.id}/guests`, {
      fullName: 'Dr Claire Martin',
      organisation: 'ANSM',
      agendaItemIds: [item.id],
    });
    expect(guest.status).toBe(201);
    expect(guest.body).toMatchObject({ fullName: 'Dr Claire Martin', organisation: 'ANSM', agendaItemIds: [item.id] });
    const wrongItem = await t.admin.post(`/meetings/${meeting.id}/guests`, {
      fullName: 'X',
      agendaItemIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(wrongItem.status).toBe(422);
    expect((await t.admin.get(`/meetings/${meeting.id}/guests`)).body).toEqual([guest.body]);
    const sheet = (await t.admin.get(`/meetings/${meeting.id}/attendance`)).body;
    expect(sheet.quorum.present).toBe(0);
    expect(sheet.members).toHaveLength(20);
    expect((await t.admin.delete(`/guests/${guest.body.id}`)).status).toBe(204);
    expect((await t.admin.get(`/meetings/${meeting.id}/guests`)).body).toEqual([]);
  });

  it('reconvenes a meeting closed without quorum on the same agenda, needing no quorum, and says so in the reader’s language', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    await t.admin.post(`/meetings/${meeting.id}/agenda/items`, {
      title: 'Ne doit pas être repris',
      kind: 'information',
    });
    for (const id of gram.all.slice(0, 6)) await record(meeting.id, id, 'present');
    await openOnItsDay(t, meeting);
    const closed = await t.admin.post(`/meetings/${meeting.id}/close`, {});
    expect(closed.body).toMatchObject({ status: 'closed', quorumMetAtClose: false });

    const reconvened = await t.admin.post(`/meetings/${meeting.id}/reconvene`, { startsAt: daysFromNow(45) });
    expect(reconvened.status).toBe(201);
    expect(reconvened.body).toMatchObject({
      status: 'planned',
      quorumRequired: false,
      reconvenedFromId: meeting.id,
      quorumNote: expect.stringContaining('sans condition de quorum'),
    });
    const inEnglish = { 'accept-language': 'en' };
    const read = await t.admin.request('GET', `/meetings/${reconvened.body.id}`, undefined, inEnglish);
    expect(read.body.quorumNote).toBe(
      'Reconvened on the same agenda after a meeting without quorum: this meeting deliberates with no quorum required (décret 2006-672).',
    );
    const listed = await t.admin.request('GET', `/bodies/${bodyId}/meetings?limit=200`, undefined, inEnglish);
    expect(listed.body.find((m: { id: string }) => m.id === reconvened.body.id).quorumNote).toBe(read.body.quorumNote);
    expect((await t.admin.get(`/meetings/${meeting.id}`)).body.quorumNote).toBeNull();
    const published = (await t.admin.get(`/meetings/${meeting.id}/agenda/versions`)).body.at(-1);
    const copy = (await t.admin.get(`/meetings/${reconvened.body.id}/agenda/versions`)).body;
    expect(copy).toHaveLength(1);
    expect(copy[0].items.map((i: { title: string; kind: string }) => [i.title, i.kind])).toEqual(
      published.items.map((i: { title: string; kind: string }) => [i.title, i.kind]),
    );

    const convened = await t.admin.post(`/meetings/${reconvened.body.id}/convene`, {});
    expect(convened.status).toBe(200);
    await record(reconvened.body.id, gram.all[0], 'present');
    await openOnItsDay(t, reconvened.body);
    const sheet = (await t.admin.get(`/meetings/${reconvened.body.id}/attendance`)).body;
    expect(sheet.quorum).toMatchObject({ required: 0, present: 1, met: true, waived: true });
    expect(sheet).toMatchObject({
      canDecide: true,
      quorumRequired: false,
      quorumNote: expect.stringContaining('sans condition de quorum'),
    });
    const sheetInEnglish = await t.admin.request(
      'GET',
      `/meetings/${reconvened.body.id}/attendance`,
      undefined,
      inEnglish,
    );
    expect(sheetInEnglish.body.quorumNote).toBe(read.body.quorumNote);

    const twice = await t.admin.post(`/meetings/${meeting.id}/reconvene`, { startsAt: daysFromNow(50) });
    expect(twice.status).toBe(409);
  });

  it('refuses to reconvene a meeting that had its quorum', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    for (const id of gram.all.slice(0, 10)) await record(meeting.id, id, 'present');
    await openOnItsDay(t, meeting);
    await t.admin.post(`/meetings/${meeting.id}/close`, {});
    const response = await t.admin.post(`/meetings/${meeting.id}/reconvene`, { startsAt: daysFromNow(45) });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('meeting.reconvene_quorum_met');
  });

  it('refuses to record attendance once the meeting is closed', async () => {
    const meeting = await aConvenedMeeting(t, bodyId);
    await openOnItsDay(t, meeting);
    await t.admin.post(`/meetings/${meeting.id}/close`, {});
    const response = await record(meeting.id, gram.all[0], 'present');
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('meeting.invalid_transition');
    expect(response.body.message).toBe(
      'Action impossible (relevé des présences)\u00a0: la séance est close\u202f; il faudrait qu’elle soit planifiée, convoquée ou en cours',
    );
  });
});
