import type { Clock, Repositories } from '@quorum/db';
import { CALENDAR_TIME_ZONE, isoDateIn, Reader } from '@quorum/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** The caller as the read rules of libs/domain see them: their role and the bodies they sit on today. */
export async function readerOf(repos: Repositories, clock: Clock, user: AuthenticatedUser): Promise<Reader> {
  const today = isoDateIn(clock.now(), CALENDAR_TIME_ZONE);
  const sittingBodyIds =
    user.role === 'member' && user.personId ? await repos.users.sittingBodyIds(user.personId, today) : [];
  return { userId: user.id, role: user.role, sittingBodyIds };
}
