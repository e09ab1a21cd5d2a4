import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, dataOf, type Schemas } from './client';
import { followMeetingEvents } from './meeting-events';

export type Poll = Schemas['PollResponse'];
export type Choice = Schemas['CastBallotDto']['choice'];
export type Counts = Schemas['CountsDto'];

const pollsKey = (meetingId: string) => ['polls', meetingId] as const;

/** The polls of a meeting (GET /meetings/:meetingId/polls), as the caller may see them. */
export function useMeetingPolls(meetingId: string) {
  return useQuery({
    queryKey: pollsKey(meetingId),
    queryFn: async () => dataOf(await api.GET('/meetings/{meetingId}/polls', { params: { path: { meetingId } } })),
  });
}

/** The agenda of a meeting, for choosing the item a poll is on. */
export function useAgendaItems(meetingId: string) {
  return useQuery({
    queryKey: ['agenda', meetingId],
    queryFn: async () =>
      dataOf(await api.GET('/meetings/{meetingId}/agenda', { params: { path: { meetingId } } })).items,
  });
}

function useInvalidatePolls(meetingId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: pollsKey(meetingId) });
}

export function useCreatePoll(meetingId: string) {
  const invalidate = useInvalidatePolls(meetingId);
  return useMutation({
    mutationFn: async ({ itemId, ...body }: Schemas['CreatePollDto'] & { itemId: string }) =>
      dataOf(await api.POST('/agenda-items/{itemId}/polls', { params: { path: { itemId } }, body })),
    onSuccess: invalidate,
  });
}

export function useOpenPoll(meetingId: string) {
  const invalidate = useInvalidatePolls(meetingId);
  return useMutation({
    mutationFn: async (pollId: string) =>
      dataOf(await api.POST('/polls/{pollId}/open', { params: { path: { pollId } } })),
    onSuccess: invalidate,
  });
}

export function useClosePoll(meetingId: string) {
  const invalidate = useInvalidatePolls(meetingId);
  return useMutation({
    mutationFn: async ({ pollId, ...body }: Schemas['ClosePollDto'] & { pollId: string }) =>
      dataOf(await api.POST('/polls/{pollId}/close', { params: { path: { pollId } }, body })),
    onSuccess: invalidate,
  });
}

export function useCastBallot(meetingId: string) {
  const invalidate = useInvalidatePolls(meetingId);
  return useMutation({
    mutationFn: async ({ pollId, ...body }: Schemas['CastBallotDto'] & { pollId: string }) =>
      dataOf(await api.POST('/polls/{pollId}/ballots', { params: { path: { pollId } }, body })),
    onSuccess: invalidate,
  });
}

export function useRecordRecusal(meetingId: string) {
  const invalidate = useInvalidatePolls(meetingId);
  return useMutation({
    mutationFn: async ({ itemId, ...body }: Schemas['RecordRecusalDto'] & { itemId: string }) =>
      dataOf(await api.POST('/agenda-items/{itemId}/recusals', { params: { path: { itemId } }, body })),
    onSuccess: invalidate,
  });
}

/**
 * Follows the meeting's live stream and refetches its polls on each event, so pages update without
 * reload. Returns whether the stream is connected.
 */
export function useMeetingEvents(meetingId: string): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const abort = new AbortController();
    void followMeetingEvents(
      meetingId,
      abort.signal,
      (event) => {
        if (/^(ready|poll|quorum|attendance)/.test(event.type)) {
          void queryClient.invalidateQueries({ queryKey: pollsKey(meetingId) });
        }
      },
      setConnected,
    );
    return () => abort.abort();
  }, [meetingId, queryClient]);
  return connected;
}
