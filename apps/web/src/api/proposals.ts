import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type Schemas } from './client';

export type Proposal = Schemas['ProposalResponse'];

const proposalsKey = (bodyId: string) => ['proposals', bodyId] as const;

/** The proposals of a body the caller may read (their own drafts, and every submitted one). */
export function useProposals(bodyId: string) {
  return useQuery({
    queryKey: proposalsKey(bodyId),
    queryFn: async () => dataOf(await api.GET('/bodies/{bodyId}/proposals', { params: { path: { bodyId } } })),
  });
}

/** Drafts a proposal, or an amendment when `parentId` is given. */
export function useDraftProposal(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ parentId, ...body }: Schemas['CreateProposalDto'] & { parentId?: string }) =>
      parentId
        ? dataOf(
            await api.POST('/proposals/{proposalId}/amendments', { params: { path: { proposalId: parentId } }, body }),
          )
        : dataOf(await api.POST('/bodies/{bodyId}/proposals', { params: { path: { bodyId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proposalsKey(bodyId) }),
  });
}

export function useSubmitProposal(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (proposalId: string) =>
      dataOf(await api.POST('/proposals/{proposalId}/submit', { params: { path: { proposalId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proposalsKey(bodyId) }),
  });
}
