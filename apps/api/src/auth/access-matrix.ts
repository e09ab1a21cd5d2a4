import { Role, ROLES } from '@quorum/domain';

export const PUBLIC = 'public' as const;
const ANY: readonly Role[] = ROLES;
const STAFF: readonly Role[] = ['admin', 'secretariat'];

export type Access = typeof PUBLIC | readonly Role[];

/**
 * Who may call each route: the single source of truth the AccessGuard enforces and the matrix
 * test checks route by route. A route missing here is refused to everyone (403).
 * Finer rules (a member acting only for their own mandate) live in the services.
 */
export const ACCESS_MATRIX: Record<string, Access> = {
  'GET /health': PUBLIC,
  'POST /auth/login': PUBLIC,
  'GET /auth/me': ANY,

  'GET /users': ['admin'],
  'POST /users': ['admin'],

  'GET /bodies': ANY,
  'POST /bodies': ['admin'],
  'GET /bodies/:bodyId': ANY,
  'PATCH /bodies/:bodyId': ['admin'],

  'GET /people': ANY,
  'POST /people': STAFF,
  'GET /people/:personId': ANY,
  'PATCH /people/:personId': STAFF,
  'GET /bodies/:bodyId/memberships': ANY,
  'POST /bodies/:bodyId/memberships': STAFF,
  'PATCH /memberships/:membershipId': STAFF,
  'GET /bodies/:bodyId/composition': ANY,

  'GET /audit': ['admin'],
  'GET /audit/verify': ['admin'],
};

export { STAFF, ANY };
