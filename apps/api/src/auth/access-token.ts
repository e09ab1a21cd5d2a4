import { isRole, Role } from '@quorum/domain';
import { AuthenticatedUser } from './authenticated-user';

/** What an access token carries: enough to serve a request without reading the user's row. */
export interface TokenClaims {
  sub: string;
  email: string;
  role: Role;
  /** The person a member speaks for. */
  pid: string | null;
  /** The user's token version when the token was issued; a raised version revokes it. */
  ver: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The caller a verified token names, or undefined when its claims are not ours: a token signed
 * with our key but without an expiry, or with a `sub` that is no user id, is as bad as a forged one.
 */
export function userOfClaims(payload: unknown): (AuthenticatedUser & { tokenVersion: number }) | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const claims = payload as Partial<Record<keyof TokenClaims | 'exp', unknown>>;
  if (typeof claims.exp !== 'number') return undefined;
  if (typeof claims.sub !== 'string' || !UUID.test(claims.sub)) return undefined;
  if (!isRole(claims.role) || typeof claims.email !== 'string') return undefined;
  if (claims.pid !== null && (typeof claims.pid !== 'string' || !UUID.test(claims.pid))) return undefined;
  if (typeof claims.ver !== 'number' || !Number.isInteger(claims.ver)) return undefined;
  return { id: claims.sub, email: claims.email, role: claims.role, personId: claims.pid, tokenVersion: claims.ver };
}
