import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, dataOf, type Schemas } from './client';
import { accessToken, endSession, onSessionChange, startSession } from './session';

export type Me = Schemas['UserResponse'];
export type Role = Me['role'];

/** Whether a token is held; re-renders on log in and log out. */
export function useIsLoggedIn(): boolean {
  return useSyncExternalStore(onSessionChange, () => accessToken() !== null);
}

/** The logged-in user (GET /auth/me). */
export function useMe() {
  const loggedIn = useIsLoggedIn();
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => dataOf(await api.GET('/auth/me')),
    enabled: loggedIn,
    staleTime: 5 * 60_000,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Schemas['LoginDto']) =>
      dataOf(await api.POST('/auth/login', { body: credentials })),
    onSuccess: (login) => {
      // /auth/me is asked afresh: the login's user lacks what it adds (language, today's mandates).
      queryClient.clear();
      startSession(login.accessToken);
    },
  });
}

/** Forgets the token and every cached answer, so the next person at this computer sees nothing. */
export function useLogout() {
  const queryClient = useQueryClient();
  return () => {
    endSession();
    queryClient.clear();
  };
}
