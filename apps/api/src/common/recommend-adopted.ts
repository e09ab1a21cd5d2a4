import type { ProposalEntity, RecommendationEntity, Work } from '@quorum/db';

/**
 * Shared by the polls (a close that adopts) and the recommendations feature, hence in common.
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

/** What the audit log keeps of a recommendation: its state, owner and due date. */
export function recommendationSnapshot(r: RecommendationEntity) {
  return { bodyId: r.bodyId, proposalId: r.proposalId, status: r.status, owner: r.owner, dueDate: r.dueDate };
}
