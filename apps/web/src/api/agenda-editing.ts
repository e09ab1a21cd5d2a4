import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type Schemas } from './client';

/*
 * The working agenda as the secretariat prepares it, its published versions and the members'
 * requests. Every change refreshes the meeting's agenda queries.
 */

export type AgendaItem = Schemas['AgendaItemResponse'];
export type AgendaItemKind = AgendaItem['kind'];
export type AgendaRequest = Schemas['AgendaRequestResponse'];
export const AGENDA_ITEM_KINDS: readonly AgendaItemKind[] = ['information', 'discussion', 'decision'];

/** An item as a published version froze it (the API documents version items only as objects). */
export type FrozenItem = Omit<AgendaItem, 'meetingId' | 'standard'>;
export interface PublishedVersion extends Omit<Schemas['AgendaVersionResponse'], 'items'> {
  items: FrozenItem[];
}
export interface VersionDiff {
  from: number;
  to: number;
  changeNote: string | null;
  added: FrozenItem[];
  removed: FrozenItem[];
  changed: { id: string; title: string; changes: { field: string; from: unknown; to: unknown }[] }[];
  moved: { id: string; title: string; fromPosition: number; toPosition: number }[];
}

const agendaKey = (meetingId: string) => ['meetings', meetingId, 'agenda'];

export function useWorkingAgenda(meetingId: string) {
  return useQuery({
    queryKey: [...agendaKey(meetingId), 'working'],
    queryFn: async () => dataOf(await api.GET('/meetings/{meetingId}/agenda', { params: { path: { meetingId } } })),
  });
}

export function usePublishedVersions(meetingId: string) {
  return useQuery({
    queryKey: [...agendaKey(meetingId), 'versions'],
    queryFn: async () =>
      dataOf(
        await api.GET('/meetings/{meetingId}/agenda/versions', { params: { path: { meetingId } } }),
      ) as unknown as PublishedVersion[],
  });
}

export function useVersionDiff(meetingId: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: [...agendaKey(meetingId), 'diff', from, to],
    enabled: from !== undefined && to !== undefined && from !== to,
    queryFn: async () =>
      dataOf(
        await api.GET('/meetings/{meetingId}/agenda/versions/{from}/diff/{to}', {
          params: { path: { meetingId, from: from!, to: to! } },
        }),
      ) as unknown as VersionDiff,
  });
}

function useRefreshAgenda(meetingId: string) {
  const queryClient = useQueryClient();
  // Not awaited: the page's own follow-up (emptying a form) runs at once, before the refetch lands.
  return () => void queryClient.invalidateQueries({ queryKey: agendaKey(meetingId) });
}

export function useAddItem(meetingId: string) {
  const onSuccess = useRefreshAgenda(meetingId);
  return useMutation({
    mutationFn: async (item: Schemas['CreateAgendaItemDto']) =>
      dataOf(await api.POST('/meetings/{meetingId}/agenda/items', { params: { path: { meetingId } }, body: item })),
    onSuccess,
  });
}

export function useUpdateItem(meetingId: string) {
  const onSuccess = useRefreshAgenda(meetingId);
  return useMutation({
    mutationFn: async ({ itemId, ...change }: { itemId: string } & Schemas['UpdateAgendaItemDto']) =>
      dataOf(await api.PATCH('/agenda-items/{itemId}', { params: { path: { itemId } }, body: change })),
    onSuccess,
  });
}

export function useRemoveItem(meetingId: string) {
  const onSuccess = useRefreshAgenda(meetingId);
  return useMutation({
    mutationFn: async (itemId: string) => {
      const result = await api.DELETE('/agenda-items/{itemId}', { params: { path: { itemId } } });
      dataOf(result);
    },
    onSuccess,
  });
}

export function useReorder(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (itemIds: string[]) =>
      dataOf(
        await api.POST('/meetings/{meetingId}/agenda/reorder', { params: { path: { meetingId } }, body: { itemIds } }),
      ),
    onSuccess: (agenda) => {
      queryClient.setQueryData([...agendaKey(meetingId), 'working'], agenda);
      void queryClient.invalidateQueries({ queryKey: agendaKey(meetingId) });
    },
  });
}

export function usePublish(meetingId: string) {
  const onSuccess = useRefreshAgenda(meetingId);
  return useMutation({
    mutationFn: async (publication: Schemas['PublishAgendaDto']) =>
      dataOf(
        await api.POST('/meetings/{meetingId}/agenda/publish', { params: { path: { meetingId } }, body: publication }),
      ),
    onSuccess,
  });
}

export function useRequests(meetingId: string) {
  return useQuery({
    queryKey: [...agendaKey(meetingId), 'requests'],
    queryFn: async () =>
      dataOf(await api.GET('/meetings/{meetingId}/agenda/requests', { params: { path: { meetingId } } })),
  });
}

export function useDecideRequest(meetingId: string) {
  const onSuccess = useRefreshAgenda(meetingId);
  return useMutation({
    mutationFn: async (
      decision: { requestId: string; accept: true } | { requestId: string; accept: false; reason: string },
    ) =>
      dataOf(
        decision.accept
          ? await api.POST('/agenda-requests/{requestId}/accept', {
              params: { path: { requestId: decision.requestId } },
            })
          : await api.POST('/agenda-requests/{requestId}/decline', {
              params: { path: { requestId: decision.requestId } },
              body: { reason: decision.reason },
            }),
      ),
    onSuccess,
  });
}
