import { useQuery } from '@tanstack/react-query';
import { api, dataOf, type Schemas } from './client';
import { useMe } from './auth';

export type Body = Schemas['BodyResponse'];

/** Today as YYYY-MM-DD in the browser's calendar. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function useBodies() {
  return useQuery({ queryKey: ['bodies'], queryFn: async () => dataOf(await api.GET('/bodies')) });
}

export type CurrentMandate = Schemas['CurrentMandate'];

export interface MyBody {
  body: Body;
  /** The logged-in member's mandate there today; staff see every body, without one. */
  mandate?: CurrentMandate;
}

/**
 * The bodies the logged-in user follows: for a member, those where they hold a mandate today (as
 * /auth/me lists them; asking each body would meet bodies a member may not read); for staff and
 * direction, all.
 */
export function useMyBodies(): { data?: MyBody[]; isPending: boolean; error: Error | null } {
  const me = useMe();
  const bodies = useBodies();
  const error = me.error ?? bodies.error ?? null;
  if (!me.data || !bodies.data) return { isPending: !error, error };
  if (me.data.role !== 'member') return { data: bodies.data.map((body) => ({ body })), isPending: false, error };
  const mine: MyBody[] = [];
  for (const body of bodies.data) {
    const mandate = me.data.mandates.find((m) => m.bodyId === body.id);
    if (mandate) mine.push({ body, mandate });
  }
  return { data: mine, isPending: false, error };
}

export function useComposition(bodyId: string) {
  return useQuery({
    queryKey: ['bodies', bodyId, 'composition', today()],
    queryFn: async () =>
      dataOf(await api.GET('/bodies/{bodyId}/composition', { params: { path: { bodyId }, query: { date: today() } } })),
  });
}
