import { DEVELOPMENT_ADMIN } from '@quorum/config';
import { GRAM } from '@quorum/db';
import { ROLES, Role } from '@quorum/domain';
import { randomUUID } from 'node:crypto';
import { Access, ACCESS_MATRIX, PUBLIC } from '../../apps/api/src/auth/access-matrix';
import {
  aConvenedMeeting,
  aGramLikeBody,
  aMeeting,
  aPersonId,
  aSittingMember,
  aUserWithRole,
  daysFromNow,
  openOnItsDay,
} from '../harness/fixtures';
import { HttpClient, TestResponse } from '../harness/http-client';
import { today } from '../harness/today';
import { startTestApp, TestApp } from '../harness/test-app';
import { minutesInEveryState } from '../minutes/minutes-stack';
import { aForm, aPdf, aPng } from '../documents/sample-files';

/** Routes served outside the controllers (OpenAPI UI and document). */
const NOT_CONTROLLERS = /^(GET|HEAD) \/docs/;

/**
 * What an allowed role may get once past the guard: a success, or a refusal the contract documents
 * for the state the previous calls left (400 invalid, 404 for what an earlier DELETE removed, 409, 422).
 */
const REACHED_HANDLER = [200, 201, 202, 204, 400, 404, 409, 422];
/**
 * Routes whose success needs a live sitting (quorum met, an open poll, an eligible voter): the matrix
 * shows that each allowed role reaches their handler; test/votes shows them succeeding.
 */
const NEEDS_A_LIVE_SITTING = new Set([
  'POST /agenda-items/:itemId/recusals',
  'POST /polls/:pollId/open',
  'POST /polls/:pollId/close',
  'POST /polls/:pollId/ballots',
]);
/** The live event stream never ends: its status is read from the headers, then the request is dropped. */
const STREAMS = new Set(['GET /meetings/:meetingId/events']);

/** Real ids for every path parameter, and for each route a request body its handler accepts. */
interface Fixture {
  params: Record<string, string>;
  /** Per-route parameters where a route needs its own target (a meeting in the right state, an item to delete). */
  routeParams: Record<string, Record<string, string>>;
  bodies: Record<string, () => Promise<unknown> | unknown>;
  /** Per-route instants for the API's clock, where a rule depends on the day (a meeting opens on its day). */
  instants: Record<string, string>;
}

async function aFixture(t: TestApp, memberPersonId: string): Promise<Fixture> {
  const admin = t.admin;
  // A login of its own for the routes that act on another user, and one whose calendar feed is read.
  const someone = await aUserWithRole(t, 'direction');
  const feedOwner = await aUserWithRole(t, 'direction');
  const feedToken = /\/calendar\/(\w+)\.ics$/.exec((await feedOwner.http.get('/auth/calendar-feed')).body.url)![1];
  const body = await aGramLikeBody(t);
  const sitting = await aSittingMember(t, body.id, 'association');
  const own = await aSittingMember(t, body.id, 'association', {});
  // The member login's own mandate: members declare their own attendance and request items.
  const memberMandate = (
    await admin.post(`/bodies/${body.id}/memberships`, {
      personId: memberPersonId,
      category: 'researcher',
      startDate: new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10),
    })
  ).body;
  const meeting = await aMeeting(t, body.id, 30);
  const post = async (path: string, payload: unknown) => {
    const response = await admin.post(path, payload);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${response.text}`);
    return response.body;
  };
  const item = await post(`/meetings/${meeting.id}/agenda/items`, { title: 'Stratégie', kind: 'decision' });
  const deletable = await post(`/meetings/${meeting.id}/agenda/items`, { title: 'À retirer', kind: 'information' });
  const upload = async (form: FormData) => {
    const response = await admin.multipart(`/meetings/${meeting.id}/documents`, form);
    if (response.status !== 201) throw new Error(`upload: ${response.status} ${response.text}`);
    return response.body;
  };
  // A document on the published agenda (read by every reader of the body), another only uploaded (deletable).
  const document = await upload(aForm(await aPdf(), 'Note de cadrage.pdf', { itemId: item.id }));
  await post(`/meetings/${meeting.id}/agenda/publish`, {});
  const unlisted = await upload(aForm(aPng(), 'Schéma.png'));
  await admin.patch(`/agenda-items/${item.id}`, { title: 'Stratégie 2027' });
  await post(`/meetings/${meeting.id}/agenda/publish`, { changeNote: 'Titre précisé' });
  const accepted = await post(`/meetings/${meeting.id}/agenda/requests`, { title: 'Point demandé' });
  const declined = await post(`/meetings/${meeting.id}/agenda/requests`, { title: 'Autre point' });
  const guest = await post(`/meetings/${meeting.id}/guests`, { fullName: 'Invitée' });

  // Lifecycle routes each get a meeting in the state their action starts from.
  const planned = await aMeeting(t, body.id, 40);
  await post(`/meetings/${planned.id}/agenda/items`, { title: 'Point', kind: 'discussion' });
  await post(`/meetings/${planned.id}/agenda/publish`, {});
  const convened = await aConvenedMeeting(t, body.id, 50);
  const inProgress = await aConvenedMeeting(t, body.id, 60);
  await openOnItsDay(t, inProgress);
  // The member login attends it: members who attended ask for their dissent to be recorded.
  const attended = await t.clock.at(inProgress.startsAt, () =>
    admin.put(`/meetings/${inProgress.id}/attendance/${memberMandate.id}`, { status: 'present' }),
  );
  if (attended.status !== 200) throw new Error(`Could not record attendance: ${attended.text}`);
  const withoutQuorum = await aConvenedMeeting(t, body.id, 70);
  await openOnItsDay(t, withoutQuorum);
  await post(`/meetings/${withoutQuorum.id}/close`, {}); // nobody recorded present: no quorum
  const cancellable = await aMeeting(t, body.id, 80);
  // Minutes are approved at a later sitting meeting (inProgress), signed off by the body's chair.
  await aSittingMember(t, body.id, 'administration', { role: 'chair' });
  const minutes = await minutesInEveryState(t, body.id, [45, 47]);

  // Recommendations: adopted proposals written directly (a poll's close is tested in test/recommendations).
  const [{ id: adminId }] = await t.sql(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`);
  const adopted = async (title: string) =>
    (
      await t.sql(
        `INSERT INTO proposals (body_id, title, text, version, status, author_membership_ids, created_by)
         VALUES ($1, $2, '…', 1, 'adopted', '{}', $3) RETURNING id`,
        [body.id, title, adminId],
      )
    )[0].id as string;
  const recommendation = async (status: string) =>
    (
      await t.sql(
        `INSERT INTO recommendations (body_id, proposal_id, title, text, status) VALUES ($1, $2, 'R', '…', $3) RETURNING id`,
        [body.id, await adopted(`R ${status}`), status],
      )
    )[0].id as string;
  const toTransmit = await recommendation('adopted');
  const toAnswer = await recommendation('transmitted');
  const unrecommended = await adopted('Sans recommandation');
  const action = await post(`/meetings/${meeting.id}/actions`, { title: 'Suivre', assignee: 'Secrétariat' });

  // Proposals in the states their routes act on, and a poll prepared on the in-progress meeting's item.
  const proposal = async (submitted = false) => {
    const created = await post(`/bodies/${body.id}/proposals`, { title: 'Avis', text: 'Le groupe propose…' });
    if (submitted) await post(`/proposals/${created.id}/submit`, {});
    return created.id as string;
  };
  const [draft, toSubmit, toWithdraw, toAmend] = [
    await proposal(),
    await proposal(),
    await proposal(true),
    await proposal(true),
  ];
  const inProgressItem = (await t.admin.get(`/meetings/${inProgress.id}/agenda`)).body.items.find(
    (i: { kind: string; standard: string | null }) => i.kind === 'decision' && !i.standard,
  );
  // Dissent requests pending on the in-progress meeting's item (its minutes are never approved here), one
  // for each decision route (written directly:
  // asking needs a member who attended, which test/minutes/dissent-requests shows).
  const dissentRequest = async () =>
    (
      await t.sql(
        `INSERT INTO dissent_requests (meeting_id, agenda_item_id, membership_id, text, status, requested_by)
         VALUES ($1, $2, $3, 'Contre.', 'pending', $4) RETURNING id`,
        [inProgress.id, inProgressItem.id, own.membershipId, adminId],
      )
    )[0].id as string;
  const [dissentToAccept, dissentToDecline] = [await dissentRequest(), await dissentRequest()];
  // A convocation the mail server refused for good, as the worker records it (test/notifications/resend sends one).
  const [refused] = await t.sql<{ id: string }>(
    `INSERT INTO notifications (idempotency_key, kind, meeting_id, recipient_name, email, language, content, status, attempts, error)
     VALUES ($1, 'convocation', $2, 'Membre refusé', 'refuse@example.org', 'fr', '{}', 'failed', 1, '550 No such mailbox')
     RETURNING id`,
    [`access-matrix.${randomUUID()}`, convened.id],
  );
  const poll = await post(`/agenda-items/${inProgressItem.id}/polls`, {
    question: 'Adoptez-vous ?',
    method: 'show_of_hands',
    majority: 'simple',
  });

  return {
    params: {
      bodyId: body.id,
      proposalId: draft,
      pollId: poll.id,
      personId: sitting.personId,
      membershipId: own.membershipId,
      meetingId: meeting.id,
      itemId: item.id,
      from: '1',
      to: '2',
      requestId: accepted.id,
      guestId: guest.id,
      userId: someone.id,
      feedToken,
      recommendationId: toTransmit,
      actionId: action.id,
      list: 'meetings',
      objectId: meeting.id,
      documentId: document.id,
      notificationId: refused.id,
    },
    instants: { 'POST /meetings/:meetingId/open': convened.startsAt },
    routeParams: {
      'POST /proposals/:proposalId/submit': { proposalId: toSubmit },
      'POST /proposals/:proposalId/withdraw': { proposalId: toWithdraw },
      'POST /proposals/:proposalId/amendments': { proposalId: toAmend },
      'POST /agenda-items/:itemId/recusals': { itemId: inProgressItem.id },
      'GET /agenda-items/:itemId/recusals': { itemId: inProgressItem.id },
      'POST /recommendations/:recommendationId/responses': { recommendationId: toAnswer },
      'POST /meetings/:meetingId/convene': { meetingId: planned.id },
      'POST /meetings/:meetingId/open': { meetingId: convened.id },
      'POST /meetings/:meetingId/close': { meetingId: inProgress.id },
      'POST /meetings/:meetingId/cancel': { meetingId: cancellable.id },
      'POST /meetings/:meetingId/reconvene': { meetingId: withoutQuorum.id },
      'DELETE /agenda-items/:itemId': { itemId: deletable.id },
      'DELETE /documents/:documentId': { documentId: unlisted.id },
      'POST /agenda-requests/:requestId/decline': { requestId: declined.id },
      'PUT /meetings/:meetingId/attendance/:membershipId': { membershipId: memberMandate.id },
      'PUT /meetings/:meetingId/minutes/draft': { meetingId: minutes.renderedMeetingId },
      'POST /meetings/:meetingId/minutes/render': { meetingId: minutes.renderedMeetingId },
      'GET /meetings/:meetingId/minutes/:version/pdf': { meetingId: minutes.approvedMeetingId, version: '1' },
      'POST /meetings/:meetingId/minutes/:version/approve': { meetingId: minutes.renderedMeetingId, version: '1' },
      'GET /public/minutes/:versionId.pdf': { versionId: minutes.approvedVersionId },
      'POST /meetings/:meetingId/minutes/dissent-requests': { meetingId: inProgress.id },
      'GET /meetings/:meetingId/minutes/dissent-requests': { meetingId: inProgress.id },
      'POST /dissent-requests/:requestId/accept': { requestId: dissentToAccept },
      'POST /dissent-requests/:requestId/decline': { requestId: dissentToDecline },
    },
    bodies: {
      // A member login: the one kind the secretariat may create too.
      'POST /users': () => ({
        email: `u-${randomUUID().slice(0, 8)}@example.org`,
        password: 'a long passphrase here',
        role: 'member',
        personId: memberPersonId,
      }),
      'POST /users/:userId/password': () => ({ newPassword: 'a new long passphrase' }),
      // The admin keeps their password (only they know it); other roles' current password is wrong: 400.
      'POST /auth/password': () => ({
        currentPassword: DEVELOPMENT_ADMIN.password,
        newPassword: DEVELOPMENT_ADMIN.password,
      }),
      'PATCH /auth/me': () => ({ language: 'en' }),
      'POST /bodies': () => ({
        slug: `b-${randomUUID().slice(0, 8)}`,
        name: 'Autre instance',
        categories: GRAM.categories,
      }),
      'PATCH /bodies/:bodyId': () => ({ noticeDays: 6 }),
      'POST /people': () => ({ fullName: 'Nouvelle personne' }),
      'PATCH /people/:personId': () => ({ organisation: 'Association' }),
      'POST /bodies/:bodyId/memberships': async () => ({
        personId: await aPersonId(t),
        category: 'administration',
        startDate: today(),
      }),
      'PATCH /memberships/:membershipId': () => ({ endReason: 'Précisé' }),
      'POST /bodies/:bodyId/meetings': () => ({ title: 'Séance', startsAt: daysFromNow(90) }),
      'POST /bodies/:bodyId/meetings/schedule': () => ({ year: 2031 }),
      'PATCH /meetings/:meetingId': () => ({ title: 'Séance renommée' }),
      'POST /meetings/:meetingId/reconvene': () => ({ startsAt: daysFromNow(100) }),
      'POST /meetings/:meetingId/agenda/items': () => ({ title: 'Point ajouté', kind: 'information' }),
      'PATCH /agenda-items/:itemId': () => ({ presenter: 'La présidente' }),
      'POST /meetings/:meetingId/agenda/reorder': async () => ({
        itemIds: (await t.admin.get(`/meetings/${meeting.id}/agenda`)).body.items
          .map((i: { id: string }) => i.id)
          .reverse(),
      }),
      'POST /meetings/:meetingId/agenda/publish': () => ({ changeNote: 'Points ajoutés' }),
      'POST /meetings/:meetingId/agenda/requests': () => ({ title: 'Un point, SVP' }),
      'POST /agenda-requests/:requestId/decline': () => ({ reason: 'Hors sujet' }),
      'PUT /meetings/:meetingId/attendance/:membershipId': () => ({ status: 'excused' }),
      'POST /meetings/:meetingId/guests': () => ({ fullName: 'Expert invité' }),
      'PUT /meetings/:meetingId/minutes/draft': () => ({ language: 'fr' }),
      'POST /meetings/:meetingId/minutes/:version/approve': () => ({ meetingId: inProgress.id }),
      'POST /meetings/:meetingId/minutes/dissent-requests': () => ({ itemId: inProgressItem.id, text: 'Contre.' }),
      'POST /dissent-requests/:requestId/decline': () => ({ reason: 'Hors sujet' }),
      'POST /recommendations': () => ({ proposalId: unrecommended }),
      'POST /bodies/:bodyId/proposals': () => ({ title: 'Avis', text: 'Le groupe propose…' }),
      'PATCH /proposals/:proposalId': () => ({ text: 'Le groupe propose, après relecture…' }),
      'POST /proposals/:proposalId/amendments': () => ({ title: 'Amendement', text: 'Remplacer…' }),
      'POST /agenda-items/:itemId/polls': () => ({
        question: 'Adoptez-vous ?',
        method: 'roll_call',
        majority: 'simple',
      }),
      'POST /recommendations/:recommendationId/responses': () => ({ status: 'under_review', text: 'À l’étude' }),
      'POST /meetings/:meetingId/actions': () => ({ title: 'Relancer', assignee: 'Secrétariat' }),
      'PATCH /actions/:actionId': () => ({ status: 'in_progress' }),
      'POST /meetings/:meetingId/documents': async () => aForm(await aPdf('Annexe'), 'Annexe.pdf'),
    },
  };
}

describe('the route-by-role matrix', () => {
  let t: TestApp;
  let fixture: Fixture;
  const clients = {} as Record<Role, HttpClient>;
  let memberPersonId: string;
  const logIn = async () => {
    t.admin = t.http.as((await t.http.post('/auth/login', DEVELOPMENT_ADMIN)).body.accessToken);
    for (const role of ROLES) {
      clients[role] = role === 'admin' ? t.admin : (await aUserWithRole(t, role, memberPersonId)).http;
    }
  };
  beforeAll(async () => {
    t = await startTestApp();
    memberPersonId = await aPersonId(t);
    await logIn();
    fixture = await aFixture(t, memberPersonId);
  }, 120_000);
  afterAll(() => t.close());

  it('declares every route the API serves, and only those', () => {
    const served = t.routes.filter((r) => !NOT_CONTROLLERS.test(r) && !r.startsWith('OPTIONS')).sort();
    expect(served).toEqual(Object.keys(ACCESS_MATRIX).sort());
  });

  const entries = Object.entries(ACCESS_MATRIX) as [string, Access][];
  it.each(entries)(
    '%s: 401 anonymous, 403 for roles it does not list, the handler for those it does',
    async (route, access) => {
      const [method, pattern] = route.split(' ');
      const ids = { ...fixture.params, ...fixture.routeParams[route] };
      const path = pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => ids[name]);
      const makeBody = fixture.bodies[route] ?? (() => (method === 'GET' || method === 'DELETE' ? undefined : {}));
      const instant = fixture.instants[route];
      const send = async (client: HttpClient): Promise<TestResponse> =>
        STREAMS.has(route)
          ? ((await client.streamStatus(path)) as TestResponse)
          : client.request(method, path, await makeBody());
      const call = (client: HttpClient) => (instant ? t.clock.at(instant, () => send(client)) : send(client));

      const anonymous = await call(t.http);
      if (access === PUBLIC) expect(anonymous.status).not.toBe(401);
      else expect(anonymous.status).toBe(401);

      const allowed = ROLES.filter((role) => access === PUBLIC || access.includes(role));
      // Refused roles first: they must change nothing the allowed calls then work on.
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        expect([role, (await call(clients[role])).status]).toEqual([role, 403]);
      }
      const statuses = [];
      for (const role of allowed) {
        const response = await call(clients[role]);
        // A 403 from the service itself (a member acting on a proposal they did not write, an item of a
        // body they do not sit on) shows that the role passed the matrix and reached the handler.
        const byTheService = response.status === 403 && response.body?.code !== 'auth.role_forbidden';
        statuses.push([role, byTheService ? 422 : response.status] as const);
      }
      for (const [role, status] of statuses) expect([role, REACHED_HANDLER.includes(status)]).toEqual([role, true]);
      // The first allowed role acts on the fixture as it was built: its call succeeds.
      // POST /auth/login gets an empty body: its 400 is enough to show the route is open.
      if (route !== 'POST /auth/login' && !NEEDS_A_LIVE_SITTING.has(route)) {
        expect([statuses[0][0], statuses[0][1] < 300]).toEqual([allowed[0], true]);
      }
      // Logging out and changing one's password revoke the caller's tokens: the next routes need fresh ones.
      if (route === 'POST /auth/logout' || route === 'POST /auth/password') await logIn();
    },
    120_000,
  );
});
