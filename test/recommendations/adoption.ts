import type { VotingSession } from '../votes/voting-session';

/** A proposal drafted by the secretariat, submitted, and adopted by a show of hands in the session. */
export async function anAdoptedProposal(
  s: VotingSession,
  title = 'Associer les associations aux appels à projets',
): Promise<{ proposalId: string; pollId: string }> {
  const drafted = await s.secretariat.post(`/bodies/${s.bodyId}/proposals`, { title, text: 'Le GRAM propose que…' });
  if (drafted.status !== 201) throw new Error(`Could not draft: ${drafted.text}`);
  await s.secretariat.post(`/proposals/${drafted.body.id}/submit`);
  const poll = await s.anOpenPoll({ method: 'show_of_hands', proposalId: drafted.body.id });
  const closed = await s.secretariat.post(`/polls/${poll.id}/close`, { counts: { yes: 3, no: 1, abstain: 0 } });
  if (closed.body.result?.outcome !== 'adopted') throw new Error(`Not adopted: ${closed.text}`);
  return { proposalId: drafted.body.id, pollId: poll.id };
}
