import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type Schemas } from './client';

export type User = Schemas['UserResponse'];
export type AuditVerification = Schemas['AuditVerificationResponse'];

export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: async () => dataOf(await api.GET('/users')) });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (user: Schemas['CreateUserDto']) => dataOf(await api.POST('/users', { body: user })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Disables a login (it can no longer log in; its tokens are revoked) or enables it again. */
export function useSetUserDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, disabled }: { userId: string; disabled: boolean }) =>
      dataOf(
        disabled
          ? await api.POST('/users/{userId}/disable', { params: { path: { userId } } })
          : await api.POST('/users/{userId}/enable', { params: { path: { userId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Walks the audit chain (GET /audit/verify): always asked afresh, never from the cache. */
export function useAuditVerification() {
  return useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: async (): Promise<AuditVerification> => dataOf(await api.GET('/audit/verify')),
    staleTime: 0,
  });
}
