import { ConflictError, DomainError, ValidationError } from '@quorum/domain';
import { pgConstraint, pgErrorCode, PG } from './pg-errors';

/**
 * What each database constraint means to a user: the field it concerns and why the change was refused.
 * The unit of work turns a violation into this domain error, so the database stays the last line of
 * defence behind the rules without ever surfacing as a 500 or a message naming a constraint.
 * A new unique, exclusion, check or foreign-key constraint gets its line here.
 */
const CONSTRAINTS: Record<string, () => DomainError> = {
  uq_bodies_slug: () =>
    new ConflictError('A body with this slug already exists', [{ field: 'slug', message: 'is already taken' }]),
  uq_people_email: () =>
    new ConflictError('A person with this email already exists', [{ field: 'email', message: 'is already taken' }]),
  uq_users_email: () =>
    new ConflictError('A user with this email already exists', [{ field: 'email', message: 'is already taken' }]),
  fk_users_person: () =>
    new ValidationError('No person has this id', [{ field: 'personId', message: 'names no person' }]),
  fk_memberships_person: () =>
    new ValidationError('No person has this id', [{ field: 'personId', message: 'names no person' }]),
  ck_memberships_period: () =>
    new ValidationError('A mandate ends on or after its start', [{ field: 'endDate', message: 'is before startDate' }]),
  ex_memberships_person_period: () =>
    new ConflictError('This person already holds a mandate in this body over that period', [
      { field: 'personId', message: 'already holds an overlapping mandate' },
    ]),
  ex_memberships_office_period: () =>
    new ConflictError('Another member already holds this office over that period', [
      { field: 'role', message: 'is already held over that period' },
    ]),
  uq_meetings_body_quarter_ordinary: () =>
    new ConflictError('The body already has its ordinary meeting in this quarter', [
      { field: 'quarter', message: 'already has an ordinary meeting' },
    ]),
  uq_meetings_reconvened_from: () =>
    new ConflictError('This meeting was already reconvened', [
      { field: 'meetingId', message: 'is already reconvened' },
    ]),
  uq_agenda_versions_meeting_number: () =>
    new ConflictError('This agenda version was published concurrently; try again', [
      { field: 'agenda', message: 'changed concurrently' },
    ]),
  uq_attendances_meeting_membership: () =>
    new ConflictError('This attendance was recorded concurrently; try again', [
      { field: 'membershipId', message: 'changed concurrently' },
    ]),
  uq_ballots_poll_membership: () =>
    new ConflictError('This member has already voted in this poll; a ballot never changes', [
      { field: 'onBehalfOfMembershipId', message: 'has already voted' },
    ]),
  pk_poll_participations: () =>
    new ConflictError('This member has already voted in this poll; a ballot never changes', [
      { field: 'onBehalfOfMembershipId', message: 'has already voted' },
    ]),
  tg_polls_closed_immutable: () =>
    new ConflictError('The poll is closed: its ballots and result never change', [
      { field: 'status', message: 'is closed' },
    ]),
  uq_recusals_item_membership: () =>
    new ConflictError('This member is already recused on this item', [
      { field: 'membershipId', message: 'is already recused' },
    ]),
  uq_proposal_versions_proposal_version: () =>
    new ConflictError('The proposal was changed concurrently; try again', [
      { field: 'text', message: 'changed concurrently' },
    ]),
  fk_agenda_items_proposal: () =>
    new ValidationError('No proposal has this id', [{ field: 'proposalId', message: 'names no proposal' }]),
};

const MAPPED_CODES = new Set<string>([
  PG.uniqueViolation,
  PG.exclusionViolation,
  PG.checkViolation,
  PG.foreignKeyViolation,
]);

/** The domain error a constraint violation stands for, or undefined when it is not one we know. */
export function domainErrorOfViolation(error: unknown): DomainError | undefined {
  const code = pgErrorCode(error);
  if (!code || !MAPPED_CODES.has(code)) return undefined;
  const constraint = pgConstraint(error);
  return constraint ? CONSTRAINTS[constraint]?.() : undefined;
}
