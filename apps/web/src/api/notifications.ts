import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type Schemas } from './client';
import type { Language } from '../i18n';

export type Preferences = Schemas['PreferencesResponse'];
export type DeliveryLogLine = Schemas['NotificationResponse'];
export type DeliveryStatus = DeliveryLogLine['status'];

const PREFERENCES_KEY = ['me', 'preferences'];

/** The caller's e-mail preferences (GET /auth/me/preferences): language and opt-out, kept on the login. */
export function usePreferences() {
  return useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: async () => dataOf(await api.GET('/auth/me/preferences')),
  });
}

/**
 * Changes the caller's preferences. The language is the login's own (`users.language`): the same one
 * the interface's language switch saves, so every answer refreshes both `me` and the preferences.
 */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: Schemas['UpdatePreferencesDto']) =>
      dataOf(await api.PATCH('/auth/me/preferences', { body: change })),
    onSuccess: (saved) => {
      queryClient.setQueryData(PREFERENCES_KEY, saved);
      queryClient.setQueryData<Schemas['UserResponse']>(['me'], (me) => me && { ...me, language: saved.language });
    },
  });
}

/** Saves the interface language on the login, so that e-mails follow what the person reads Quorum in. */
export function useSaveLanguage(): (language: Language) => void {
  const update = useUpdatePreferences();
  return (language) => update.mutate({ language });
}

const IN_FLIGHT: readonly DeliveryStatus[] = ['pending', 'sending'];

/** Whether the worker is still at work on this line: waiting, retrying or sending. */
export function isInFlight(line: DeliveryLogLine): boolean {
  return IN_FLIGHT.includes(line.status);
}

const deliveryLogKey = (meetingId: string) => ['meetings', meetingId, 'notifications'];

/**
 * Who was sent what about a meeting, and when (GET /meetings/:meetingId/notifications). The worker
 * does not speak on the meeting's event stream, so the log polls: every few seconds while a message is
 * on its way (or, once the meeting is convened, while none is listed yet), else now and then.
 */
export function useDeliveryLog(meetingId: string, { expectingMessages }: { expectingMessages: boolean }) {
  return useQuery({
    queryKey: deliveryLogKey(meetingId),
    queryFn: async () =>
      dataOf(await api.GET('/meetings/{meetingId}/notifications', { params: { path: { meetingId } } })),
    refetchInterval: (query) => {
      const lines = query.state.data;
      const waiting = lines?.some(isInFlight) || (expectingMessages && lines?.length === 0);
      return waiting ? 2_000 : 30_000;
    },
  });
}

/**
 * Sends a message the mail server refused for good again (POST /notifications/:id/resend), to the
 * person's address as it stands now. The line comes back waiting, and the log polls until it settles.
 */
export function useResend(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (notificationId: string) =>
      dataOf(await api.POST('/notifications/{notificationId}/resend', { params: { path: { notificationId } } })),
    onSuccess: (line) => {
      queryClient.setQueryData<DeliveryLogLine[]>(deliveryLogKey(meetingId), (lines) =>
        lines?.map((l) => (l.id === line.id ? line : l)),
      );
      void queryClient.invalidateQueries({ queryKey: deliveryLogKey(meetingId) });
    },
  });
}
