import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, dataOf, type Schemas } from './client';
import { followMeetingEvents } from './meeting-events';
import { accessToken } from './session';

export type MinutesDraft = Schemas['MinutesDraftResponse'];
export type MinutesDraftInput = Schemas['MinutesDraftDto'];
export type MinutesVersion = Schemas['MinutesVersionResponse'];
export type DissentRequest = Schemas['DissentRequestResponse'];
export type Passage = Schemas['PassageDto'];

const minutesKey = (meetingId: string) => ['meetings', meetingId, 'minutes'] as const;

/** The secretariat's draft of a meeting's minutes (GET …/minutes/draft). */
export function useMinutesDraft(meetingId: string) {
  return useQuery({
    queryKey: [...minutesKey(meetingId), 'draft'],
    queryFn: async () =>
      dataOf(await api.GET('/meetings/{meetingId}/minutes/draft', { params: { path: { meetingId } } })),
  });
}

export function useSaveMinutesDraft(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: MinutesDraftInput) =>
      dataOf(await api.PUT('/meetings/{meetingId}/minutes/draft', { params: { path: { meetingId } }, body: draft })),
    onSuccess: (saved) => queryClient.setQueryData([...minutesKey(meetingId), 'draft'], saved),
  });
}

/** The versions of a meeting's minutes the reader may see (GET …/minutes). */
export function useMinutesVersions(meetingId: string) {
  return useQuery({
    queryKey: [...minutesKey(meetingId), 'versions'],
    queryFn: async () => dataOf(await api.GET('/meetings/{meetingId}/minutes', { params: { path: { meetingId } } })),
  });
}

export type ApprovedMinutes = Schemas['ApprovedMinutesResponse'];

/** The API's largest page: years of minutes fit in a few of them. */
const PAGE = 100;

/** The approved minutes of the bodies the reader reads, the latest meeting first, read page by page (GET /minutes). */
export function useApprovedMinutes() {
  return useQuery({
    queryKey: ['minutes', 'approved'],
    queryFn: async () => {
      const all: ApprovedMinutes[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = dataOf(await api.GET('/minutes', { params: { query: { limit: PAGE, offset } as never } }));
        all.push(...page);
        if (page.length < PAGE) return all;
      }
    },
  });
}

function useRefreshMinutes(meetingId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: minutesKey(meetingId) });
}

/** Asks for a new version (202: queued for the worker). */
export function useRenderMinutes(meetingId: string) {
  const refresh = useRefreshMinutes(meetingId);
  return useMutation({
    mutationFn: async () =>
      dataOf(await api.POST('/meetings/{meetingId}/minutes/render', { params: { path: { meetingId } } })),
    onSuccess: refresh,
  });
}

/** Approval of a version by a later meeting of the body, signed off by its chair. */
export function useApproveMinutes(meetingId: string) {
  const refresh = useRefreshMinutes(meetingId);
  return useMutation({
    mutationFn: async ({ version, approvingMeetingId }: { version: number; approvingMeetingId: string }) =>
      dataOf(
        await api.POST('/meetings/{meetingId}/minutes/{version}/approve', {
          params: { path: { meetingId, version } },
          body: { meetingId: approvingMeetingId },
        }),
      ),
    onSuccess: refresh,
  });
}

/** Members' dissent requests: all for the secretariat, their own for a member. */
export function useDissentRequests(meetingId: string) {
  return useQuery({
    queryKey: [...minutesKey(meetingId), 'dissent-requests'],
    queryFn: async () =>
      dataOf(await api.GET('/meetings/{meetingId}/minutes/dissent-requests', { params: { path: { meetingId } } })),
  });
}

export function useRequestDissent(meetingId: string) {
  const refresh = useRefreshMinutes(meetingId);
  return useMutation({
    mutationFn: async (body: Schemas['CreateDissentRequestDto']) =>
      dataOf(
        await api.POST('/meetings/{meetingId}/minutes/dissent-requests', { params: { path: { meetingId } }, body }),
      ),
    onSuccess: refresh,
  });
}

/** Accepts (the dissent joins the draft) or declines (with a reason) a member's request. */
export function useDecideDissent(meetingId: string) {
  const refresh = useRefreshMinutes(meetingId);
  return useMutation({
    mutationFn: async (decision: { requestId: string } & ({ accept: true } | { accept: false; reason: string })) =>
      decision.accept
        ? dataOf(
            await api.POST('/dissent-requests/{requestId}/accept', {
              params: { path: { requestId: decision.requestId } },
            }),
          )
        : dataOf(
            await api.POST('/dissent-requests/{requestId}/decline', {
              params: { path: { requestId: decision.requestId } },
              body: { reason: decision.reason },
            }),
          ),
    onSuccess: refresh,
  });
}

/** A render's progress as the worker announces it on the meeting's live stream. */
export interface RenderProgress {
  version: number;
  status: MinutesVersion['status'];
  error: string | null;
}

/**
 * Follows the meeting's live stream for the worker's render progress: refetches the versions on
 * each step and returns the last one, for the page to announce.
 */
export function useRenderProgress(meetingId: string): RenderProgress | null {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<RenderProgress | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    void followMeetingEvents(
      meetingId,
      abort.signal,
      (event) => {
        if (event.type === 'ready') void queryClient.invalidateQueries({ queryKey: minutesKey(meetingId) });
        if (event.type !== 'minutes.render') return;
        const data = event.data as RenderProgress;
        setProgress({ version: data.version, status: data.status, error: data.error });
        void queryClient.invalidateQueries({ queryKey: [...minutesKey(meetingId), 'versions'] });
      },
      () => undefined,
    );
    return () => abort.abort();
  }, [meetingId, queryClient]);
  return progress;
}

/**
 * The PDF of a version, fetched with the bearer token (a plain link cannot carry it): an object URL
 * for the browser to open or save. The caller revokes it.
 */
export async function minutesPdfUrl(meetingId: string, version: number): Promise<{ url: string; fileName: string }> {
  const response = await fetch(`/meetings/${meetingId}/minutes/${version}/pdf`, {
    headers: { authorization: `Bearer ${accessToken() ?? ''}` },
  });
  if (!response.ok) throw new Error(String(response.status));
  const fileName =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `minutes-v${version}.pdf`;
  return { url: URL.createObjectURL(await response.blob()), fileName };
}
