import type { ProposalEntity, Work } from '@quorum/db';
import { recommendationSnapshot } from './dto/recommendation.response';

/**
 * Turns an adopted proposal into a recommendation, inside the caller's transaction: the poll's close
 * that adopts it, or the secretariat recording an adoption. Its history starts at transmission.
 */
export async function recommendAdopted(
  { repos, audit }: Work,
  proposal: ProposalEntity,
  source: { meetingId: string | null; pollId: string | null },
): Promise<string> {
  const recommendation = await repos.recommendations.create({
    bodyId: proposal.bodyId,
    proposalId: proposal.id,
    meetingId: source.meetingId,
    pollId: source.pollId,
    title: proposal.title,
    text: proposal.text,
    status: 'adopted',
    owner: null,
    dueDate: null,
    transmittedAt: null,
    firstAnsweredAt: null,
  });
  audit({
    action: 'recommendation.create',
    entityType: 'recommendation',
    entityId: recommendation.id,
    after: recommendationSnapshot(recommendation),
  });
  return recommendation.id;
}
