import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type Schemas } from './client';

/*
 * Queries and changes of the secretariat's, direction's and admin's pages: bodies, people,
 * mandates, meetings and their schedule. Query keys follow the API's paths, so that every page
 * reading one resource shares its cache and a change refreshes them all.
 */

export type Body = Schemas['BodyResponse'];
export type Person = Schemas['PersonResponse'];
export type Meeting = Schemas['MeetingResponse'];
export type Composition = Schemas['CompositionResponse'];
export type SittingMember = Schemas['SittingMemberResponse'];
export type CategoryComposition = Schemas['CategoryCompositionResponse'];
export type MandateRole = Schemas['CreateMembershipDto']['role'];

/** Today as YYYY-MM-DD in the browser's calendar. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function useBodyList() {
  return useQuery({ queryKey: ['bodies'], queryFn: async () => dataOf(await api.GET('/bodies')) });
}

export function usePeople() {
  return useQuery({ queryKey: ['people'], queryFn: async () => dataOf(await api.GET('/people')) });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (person: Schemas['CreatePersonDto']) => dataOf(await api.POST('/people', { body: person })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ personId, ...change }: { personId: string } & Schemas['UpdatePersonDto']) =>
      dataOf(await api.PATCH('/people/{personId}', { params: { path: { personId } }, body: change })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
}

/** The body's seats on a day: by category, filled and vacant, and mandates ending within 90 days. */
export function useCompositionOn(bodyId: string | undefined, date: string) {
  return useQuery({
    queryKey: ['bodies', bodyId, 'composition', date],
    enabled: bodyId !== undefined,
    queryFn: async () =>
      dataOf(await api.GET('/bodies/{bodyId}/composition', { params: { path: { bodyId: bodyId! }, query: { date } } })),
  });
}

function useRefreshBody(bodyId: string) {
  const queryClient = useQueryClient();
  // Not awaited: the page's own follow-up (emptying a form) runs at once, before the refetch lands.
  return () => void queryClient.invalidateQueries({ queryKey: ['bodies', bodyId] });
}

export function useAppoint(bodyId: string) {
  const refresh = useRefreshBody(bodyId);
  return useMutation({
    mutationFn: async (appointment: Omit<Schemas['CreateMembershipDto'], 'endDate'> & { endDate?: string }) =>
      dataOf(
        await api.POST('/bodies/{bodyId}/memberships', {
          params: { path: { bodyId } },
          // The generated type says object: the API takes a YYYY-MM-DD string (see its example).
          body: appointment as Schemas['CreateMembershipDto'],
        }),
      ),
    onSuccess: refresh,
  });
}

export function useEndMandate(bodyId: string) {
  const refresh = useRefreshBody(bodyId);
  return useMutation({
    mutationFn: async ({ membershipId, ...change }: { membershipId: string } & Schemas['UpdateMembershipDto']) =>
      dataOf(await api.PATCH('/memberships/{membershipId}', { params: { path: { membershipId } }, body: change })),
    onSuccess: refresh,
  });
}

/** A year's meetings of a body, soonest first (the API pages its lists; a year holds far fewer than a page). */
export function useBodyMeetings(bodyId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['bodies', bodyId, 'meetings', year],
    enabled: bodyId !== undefined,
    queryFn: async () =>
      dataOf(
        await api.GET('/bodies/{bodyId}/meetings', {
          params: { path: { bodyId: bodyId! }, query: { year: String(year), limit: '200' } },
        }),
      ),
  });
}

export function useScheduleYear(bodyId: string) {
  const refresh = useRefreshBody(bodyId);
  return useMutation({
    mutationFn: async (year: number) =>
      dataOf(await api.POST('/bodies/{bodyId}/meetings/schedule', { params: { path: { bodyId } }, body: { year } })),
    onSuccess: refresh,
  });
}

export function useCreateMeeting(bodyId: string) {
  const refresh = useRefreshBody(bodyId);
  return useMutation({
    mutationFn: async (meeting: Schemas['CreateMeetingDto']) =>
      dataOf(await api.POST('/bodies/{bodyId}/meetings', { params: { path: { bodyId } }, body: meeting })),
    onSuccess: refresh,
  });
}

export function useMeetingById(meetingId: string) {
  return useQuery({
    queryKey: ['meetings', meetingId],
    queryFn: async () => dataOf(await api.GET('/meetings/{meetingId}', { params: { path: { meetingId } } })),
  });
}

export function useBodyById(bodyId: string | undefined) {
  return useQuery({
    queryKey: ['bodies', bodyId],
    enabled: bodyId !== undefined,
    queryFn: async () => dataOf(await api.GET('/bodies/{bodyId}', { params: { path: { bodyId: bodyId! } } })),
  });
}

export function useConvene(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (convocation: Schemas['ConveneDto']) =>
      dataOf(await api.POST('/meetings/{meetingId}/convene', { params: { path: { meetingId } }, body: convocation })),
    onSuccess: (meeting) => {
      queryClient.setQueryData(['meetings', meetingId], meeting);
      void queryClient.invalidateQueries({ queryKey: ['bodies', meeting.bodyId, 'meetings'] });
    },
  });
}
