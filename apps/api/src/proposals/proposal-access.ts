import type { BodyEntity, ProposalEntity, Repositories } from '@quorum/db';
import { ForbiddenError, isoDateIn, NotFoundError, ValidationError } from '@quorum/domain';
import { AuthenticatedUser } from '../auth/authenticated-user';

/** Who the caller is towards a body's proposals: staff, or the member holding a mandate today. */
export interface ProposalActor {
  user: AuthenticatedUser;
  isStaff: boolean;
  /** The caller's mandate in the body today; null for staff and for members without one. */
  mandateId: string | null;
}

const STAFF = new Set(['admin', 'secretariat']);

export async function proposalActor(
  repos: Repositories,
  user: AuthenticatedUser,
  body: BodyEntity,
  now: Date,
): Promise<ProposalActor> {
  const isStaff = STAFF.has(user.role);
  if (isStaff || user.role !== 'member' || !user.personId) return { user, isStaff, mandateId: null };
  const mandate = await repos.memberships.heldBy(body.id, user.personId, isoDateIn(now, body.meetingSlot.timeZone));
  return { user, isStaff, mandateId: mandate?.id ?? null };
}

export function isAuthor(actor: ProposalActor, proposal: ProposalEntity): boolean {
  return actor.mandateId !== null && proposal.authorMembershipIds.includes(actor.mandateId);
}

/** A draft is read by its authors and the secretariat only; to anyone else it does not exist. */
export function assertMayRead(actor: ProposalActor, proposal: ProposalEntity): void {
  if (proposal.status === 'draft' && !actor.isStaff && !isAuthor(actor, proposal)) {
    throw new NotFoundError('proposal.not_found', proposal.id);
  }
}

/** A member drafts only in a body where they sit; the secretariat drafts in any. */
export function assertMayDraft(actor: ProposalActor): void {
  if (!actor.isStaff && actor.mandateId === null) {
    throw new ForbiddenError('proposal.drafters_only');
  }
}

/** The authors of a new text: the ones named, plus the drafting member; all sitting on the body today. */
export async function authorsOf(
  repos: Repositories,
  actor: ProposalActor,
  body: BodyEntity,
  named: readonly string[] | undefined,
  now: Date,
): Promise<string[]> {
  const authors = [...new Set([...(actor.mandateId ? [actor.mandateId] : []), ...(named ?? [])])];
  const valid = await repos.memberships.sittingAmong(body.id, authors, isoDateIn(now, body.meetingSlot.timeZone));
  const unknown = authors.filter((id) => !valid.includes(id));
  if (unknown.length > 0) {
    throw new ValidationError('proposal.authors_not_sitting', { ids: unknown.join(', ') }, ['authorMembershipIds']);
  }
  return authors;
}
