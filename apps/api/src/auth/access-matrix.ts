import { Role, ROLES } from '@quorum/domain';

export const PUBLIC = 'public' as const;
const ANY: readonly Role[] = ROLES;
const STAFF: readonly Role[] = ['admin', 'secretariat'];
/** Staff, and members acting for themselves (the service checks the mandate is theirs). */
const STAFF_OR_MEMBER: readonly Role[] = ['admin', 'secretariat', 'member'];

export type Access = typeof PUBLIC | readonly Role[];

/**
 * Who may call each route: the single source of truth the AccessGuard enforces and the matrix
 * test checks route by route. A route missing here is refused to everyone (403).
 * Finer rules (a member acting only for their own mandate) live in the services.
 */
export const ACCESS_MATRIX: Record<string, Access> = {
  'GET /health': PUBLIC,
  'POST /auth/login': PUBLIC,
  'POST /auth/logout': ANY,
  'POST /auth/password': ANY,
  'GET /auth/me': ANY,
  'PATCH /auth/me': ANY,
  'GET /auth/calendar-feed': ANY,
  'POST /auth/calendar-feed/rotate': ANY,
  // No bearer token: calendar applications cannot send one. The secret in the URL is the credential.
  'GET /calendar/:feedToken.ics': PUBLIC,

  'GET /users': ['admin'],
  // The secretariat creates member logins only (checked by the service).
  'POST /users': STAFF,
  'POST /users/:userId/disable': ['admin'],
  'POST /users/:userId/enable': ['admin'],
  'POST /users/:userId/password': ['admin'],

  'GET /bodies': ANY,
  'POST /bodies': ['admin'],
  'GET /bodies/:bodyId': ANY,
  'PATCH /bodies/:bodyId': ['admin'],

  'GET /people': ANY,
  'POST /people': STAFF,
  'GET /people/:personId': ANY,
  'PATCH /people/:personId': STAFF,
  // Mandates, attendance, guests and requests: members sitting on the body today (checked by ReadAccess).
  'GET /bodies/:bodyId/memberships': STAFF_OR_MEMBER,
  'POST /bodies/:bodyId/memberships': STAFF,
  'PATCH /memberships/:membershipId': STAFF,
  'GET /bodies/:bodyId/composition': ANY,
  'GET /bodies/:bodyId/meetings': ANY,
  'POST /bodies/:bodyId/meetings': STAFF,
  'POST /bodies/:bodyId/meetings/schedule': STAFF,
  'GET /bodies/:bodyId/calendar.ics': ANY,
  'GET /meetings/:meetingId': ANY,
  'PATCH /meetings/:meetingId': STAFF,
  'POST /meetings/:meetingId/convene': STAFF,
  'POST /meetings/:meetingId/open': STAFF,
  'POST /meetings/:meetingId/close': STAFF,
  'POST /meetings/:meetingId/cancel': STAFF,
  'POST /meetings/:meetingId/reconvene': STAFF,

  // The working agenda, unpublished changes included, is the staff's; others read the published versions.
  'GET /meetings/:meetingId/agenda': STAFF,
  'POST /meetings/:meetingId/agenda/items': STAFF,
  'PATCH /agenda-items/:itemId': STAFF,
  'DELETE /agenda-items/:itemId': STAFF,
  'POST /meetings/:meetingId/agenda/reorder': STAFF,
  'POST /meetings/:meetingId/agenda/publish': STAFF,
  'GET /meetings/:meetingId/agenda/versions': ANY,
  'GET /meetings/:meetingId/agenda/versions/:from/diff/:to': ANY,
  'GET /meetings/:meetingId/agenda/requests': STAFF_OR_MEMBER,
  'POST /meetings/:meetingId/agenda/requests': STAFF_OR_MEMBER,
  'POST /agenda-requests/:requestId/accept': STAFF,
  'POST /agenda-requests/:requestId/decline': STAFF,

  // Meeting documents: the staff upload and arrange them; readers of the body read those a published agenda lists.
  'POST /meetings/:meetingId/documents': STAFF,
  'GET /meetings/:meetingId/documents': ANY,
  'GET /documents/:documentId': ANY,
  'DELETE /documents/:documentId': STAFF,
  'PUT /agenda-items/:itemId/documents/:documentId': STAFF,
  'DELETE /agenda-items/:itemId/documents/:documentId': STAFF,

  'GET /meetings/:meetingId/attendance': STAFF_OR_MEMBER,
  'PUT /meetings/:meetingId/attendance/:membershipId': STAFF_OR_MEMBER,
  'GET /meetings/:meetingId/guests': STAFF_OR_MEMBER,
  'POST /meetings/:meetingId/guests': STAFF,
  'DELETE /guests/:guestId': STAFF,

  'GET /bodies/:bodyId/proposals': ANY,
  'POST /bodies/:bodyId/proposals': STAFF_OR_MEMBER,
  'GET /proposals/:proposalId': ANY,
  'GET /proposals/:proposalId/versions': ANY,
  'PATCH /proposals/:proposalId': STAFF_OR_MEMBER,
  'POST /proposals/:proposalId/submit': STAFF_OR_MEMBER,
  'POST /proposals/:proposalId/withdraw': STAFF_OR_MEMBER,
  'POST /proposals/:proposalId/amendments': STAFF_OR_MEMBER,
  'GET /agenda-items/:itemId/recusals': ANY,
  'POST /agenda-items/:itemId/recusals': STAFF_OR_MEMBER,
  'POST /agenda-items/:itemId/polls': STAFF,
  'GET /meetings/:meetingId/polls': ANY,
  'GET /polls/:pollId': ANY,
  'POST /polls/:pollId/open': STAFF,
  'POST /polls/:pollId/close': STAFF,
  // Members cast their own (and their proxy's) ballots; the secretariat enters roll-call answers.
  'POST /polls/:pollId/ballots': STAFF_OR_MEMBER,
  'GET /meetings/:meetingId/events': ANY,
  'GET /meetings/:meetingId/minutes/draft': STAFF,
  'PUT /meetings/:meetingId/minutes/draft': STAFF,
  'POST /meetings/:meetingId/minutes/render': STAFF,
  // Members read the rendered minutes of their bodies, the direction approved ones (the service checks).
  'GET /meetings/:meetingId/minutes': ANY,
  'GET /meetings/:meetingId/minutes/:version/pdf': ANY,
  'POST /meetings/:meetingId/minutes/:version/approve': STAFF,
  // The approved minutes across meetings, of the bodies the caller reads them of (the service scopes them).
  'GET /minutes': ANY,
  // A member who attended asks for their dissent to be recorded (the service checks attendance);
  // the secretariat sees every request, a member their own.
  'POST /meetings/:meetingId/minutes/dissent-requests': ['member'],
  'GET /meetings/:meetingId/minutes/dissent-requests': STAFF_OR_MEMBER,
  'POST /dissent-requests/:requestId/accept': STAFF,
  'POST /dissent-requests/:requestId/decline': STAFF,
  'GET /public/minutes/:versionId.pdf': PUBLIC,

  // Who was sent what about a meeting: the secretariat's delivery log.
  'GET /meetings/:meetingId/notifications': STAFF,
  // After correcting the address, the secretariat sends a refused message again.
  'POST /notifications/:notificationId/resend': STAFF,
  // E-mail preferences live on the login: every role receives mail (the secretariat its digests).
  'GET /auth/me/preferences': ANY,
  'PATCH /auth/me/preferences': ANY,

  'GET /recommendations': ANY,
  'POST /recommendations': STAFF,
  'GET /recommendations/:recommendationId': ANY,
  'POST /recommendations/:recommendationId/transmit': STAFF,
  // Only the general directorate answers; the secretariat transmits but never speaks for it.
  'POST /recommendations/:recommendationId/responses': ['direction'],
  'GET /bodies/:bodyId/recommendations/summary': ANY,
  'GET /bodies/:bodyId/recommendations/export.csv': ['admin', 'secretariat', 'direction'],
  'GET /meetings/:meetingId/actions': ANY,
  'POST /meetings/:meetingId/actions': STAFF,
  'PATCH /actions/:actionId': STAFF,

  // Open data: public by design, and only what is public goes in (see apps/api/src/oparl).
  'GET /oparl/v1/system': PUBLIC,
  'GET /oparl/v1/bodies': PUBLIC,
  'GET /oparl/v1/bodies/:bodyId': PUBLIC,
  'GET /oparl/v1/bodies/:bodyId/:list': PUBLIC,
  'GET /oparl/v1/bodies/:bodyId/:list/:objectId': PUBLIC,

  'GET /audit': ['admin'],
  'GET /audit/verify': ['admin'],
};

export { STAFF, ANY };
