import { useQueries, useQuery } from '@tanstack/react-query';
import { api, dataOf, type Schemas } from './client';
import { useMe } from './auth';

export type Body = Schemas['BodyResponse'];
export type Membership = Schemas['MembershipResponse'];

/** Today as YYYY-MM-DD in the browser's calendar. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function useBodies() {
  return useQuery({ queryKey: ['bodies'], queryFn: async () => dataOf(await api.GET('/bodies')) });
}

export interface MyBody {
  body: Body;
  /** The logged-in member's mandate there today; staff see every body, without one. */
  mandate?: Membership;
}

/**
 * The bodies the logged-in user follows: for a member, those where they hold a mandate today
 * (found through each body's memberships until /auth/me lists mandates); for staff and direction, all.
 */
export function useMyBodies(): { data?: MyBody[]; isPending: boolean; error: Error | null } {
  const me = useMe();
  const bodies = useBodies();
  const isMember = me.data?.role === 'member';
  const memberships = useQueries({
    queries: (isMember ? (bodies.data ?? []) : []).map((body) => ({
      queryKey: ['bodies', body.id, 'memberships', today()],
      queryFn: async () =>
        dataOf(
          await api.GET('/bodies/{bodyId}/memberships', {
            params: { path: { bodyId: body.id }, query: { activeOn: today() } },
          }),
        ),
    })),
  });
  const error = me.error ?? bodies.error ?? memberships.find((m) => m.error)?.error ?? null;
  if (!me.data || !bodies.data || memberships.some((m) => m.isPending)) return { isPending: !error, error };
  if (!isMember) return { data: bodies.data.map((body) => ({ body })), isPending: false, error };
  const mine: MyBody[] = [];
  bodies.data.forEach((body, i) => {
    const mandate = memberships[i]?.data?.find((m) => m.personId === me.data.personId);
    if (mandate) mine.push({ body, mandate });
  });
  return { data: mine, isPending: false, error };
}

export function useComposition(bodyId: string) {
  return useQuery({
    queryKey: ['bodies', bodyId, 'composition', today()],
    queryFn: async () =>
      dataOf(await api.GET('/bodies/{bodyId}/composition', { params: { path: { bodyId }, query: { date: today() } } })),
  });
}
