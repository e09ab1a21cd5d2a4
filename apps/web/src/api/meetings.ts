import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type Schemas } from './client';
import type { MyBody } from './bodies';

export type Meeting = Schemas['MeetingResponse'];
export type AgendaItem = Schemas['AgendaItemResponse'];
export type AttendanceSheet = Schemas['AttendanceSheetResponse'];
export type AttendanceStatus = NonNullable<Schemas['MemberAttendanceResponse']['status']>;
export type AgendaRequest = Schemas['AgendaRequestResponse'];

/**
 * An item as a published version froze it. The API documents version items and diffs only as
 * objects, so their shape is taken from the item response (the same fields, by libs/domain's snapshot).
 */
export type AgendaSnapshotItem = Omit<AgendaItem, 'meetingId' | 'standard'>;
export interface AgendaVersion extends Omit<Schemas['AgendaVersionResponse'], 'items'> {
  items: AgendaSnapshotItem[];
}
export interface AgendaDiff {
  from: number;
  to: number;
  changeNote: string | null;
  added: AgendaSnapshotItem[];
  removed: AgendaSnapshotItem[];
  changed: { id: string; title: string; changes: { field: string; from: unknown; to: unknown }[] }[];
  moved: { id: string; title: string; fromPosition: number; toPosition: number }[];
}

export function useMeeting(meetingId: string) {
  return useQuery({
    queryKey: ['meetings', meetingId],
    queryFn: async () => dataOf(await api.GET('/meetings/{meetingId}', { params: { path: { meetingId } } })),
  });
}

/**
 * The meetings of the given bodies, each with its body, soonest first: of each body, the latest page
 * (its upcoming meetings and the most recent past ones), however long its history.
 */
export function useMeetingsOf(bodies: MyBody[] | undefined) {
  const results = useQueries({
    queries: (bodies ?? []).map(({ body }) => ({
      queryKey: ['bodies', body.id, 'meetings'],
      queryFn: async () =>
        dataOf(
          await api.GET('/bodies/{bodyId}/meetings', {
            params: { path: { bodyId: body.id }, query: { order: 'desc' } },
          }),
        ),
    })),
  });
  const error = results.find((r) => r.error)?.error ?? null;
  if (!bodies || results.some((r) => r.isPending)) return { isPending: !error, error, data: undefined };
  const data = bodies
    .flatMap(({ body }, i) => (results[i]?.data ?? []).map((meeting) => ({ meeting, body })))
    .sort((a, b) => Date.parse(a.meeting.startsAt) - Date.parse(b.meeting.startsAt));
  return { isPending: false, error, data };
}

export function useBody(bodyId: string | undefined) {
  return useQuery({
    queryKey: ['bodies', bodyId],
    enabled: bodyId !== undefined,
    queryFn: async () => dataOf(await api.GET('/bodies/{bodyId}', { params: { path: { bodyId: bodyId! } } })),
  });
}

/** The published versions of a meeting's agenda, oldest first; the last is the agenda members read. */
export function useAgendaVersions(meetingId: string) {
  return useQuery({
    queryKey: ['meetings', meetingId, 'agenda', 'versions'],
    queryFn: async () =>
      dataOf(
        await api.GET('/meetings/{meetingId}/agenda/versions', { params: { path: { meetingId } } }),
      ) as unknown as AgendaVersion[],
  });
}

export function useAgendaDiff(meetingId: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: ['meetings', meetingId, 'agenda', 'diff', from, to],
    enabled: from !== undefined && to !== undefined && from < to,
    queryFn: async () =>
      dataOf(
        await api.GET('/meetings/{meetingId}/agenda/versions/{from}/diff/{to}', {
          params: { path: { meetingId, from: from!, to: to! } },
        }),
      ) as unknown as AgendaDiff,
  });
}

/** The roll and the live quorum; `live` polls, for the session board. */
export function useAttendance(meetingId: string, { live = false } = {}) {
  return useQuery({
    queryKey: ['meetings', meetingId, 'attendance'],
    queryFn: async () => dataOf(await api.GET('/meetings/{meetingId}/attendance', { params: { path: { meetingId } } })),
    refetchInterval: live ? 3_000 : false,
  });
}

export function useRecordAttendance(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: { membershipId: string } & Schemas['RecordAttendanceDto']) => {
      const { membershipId, ...body } = change;
      return dataOf(
        await api.PUT('/meetings/{meetingId}/attendance/{membershipId}', {
          params: { path: { meetingId, membershipId } },
          body,
        }),
      );
    },
    onSuccess: (sheet) => queryClient.setQueryData(['meetings', meetingId, 'attendance'], sheet),
  });
}

export function useAgendaRequests(meetingId: string) {
  return useQuery({
    queryKey: ['meetings', meetingId, 'agenda', 'requests'],
    queryFn: async () =>
      dataOf(await api.GET('/meetings/{meetingId}/agenda/requests', { params: { path: { meetingId } } })),
  });
}

export function useRequestAgendaItem(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: Schemas['CreateAgendaRequestDto']) =>
      dataOf(
        await api.POST('/meetings/{meetingId}/agenda/requests', { params: { path: { meetingId } }, body: request }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['meetings', meetingId, 'agenda', 'requests'] }),
  });
}

/** Opens or closes the meeting (the session board's two buttons). */
export function useMeetingTransition(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (transition: 'open' | 'close') =>
      dataOf(
        transition === 'open'
          ? await api.POST('/meetings/{meetingId}/open', { params: { path: { meetingId } }, body: {} })
          : await api.POST('/meetings/{meetingId}/close', { params: { path: { meetingId } } }),
      ),
    onSuccess: (meeting) => {
      queryClient.setQueryData(['meetings', meetingId], meeting);
      void queryClient.invalidateQueries({ queryKey: ['meetings', meetingId, 'attendance'] });
    },
  });
}
