import { ConflictError, DomainError, NotFoundError, ValidationError } from '@quorum/domain';
import { pgConstraint, pgErrorCode, PG } from './pg-errors';

const conflict = (message: string, field: string, problem: string) => () =>
  new ConflictError(message, [{ field, message: problem }]);
const invalid = (message: string, field: string, problem: string) => () =>
  new ValidationError(message, [{ field, message: problem }]);
/** A row that vanished between the lock and the write: what the caller asked about is gone. */
const gone = (resource: string) => () => new NotFoundError(resource, 'named in this request');

/**
 * What each database constraint means to a user: the field it concerns and why the change was refused.
 * The unit of work turns a violation into this domain error, so the database stays the last line of
 * defence behind the rules without ever surfacing as a 500 or a message naming a constraint.
 * Every unique, exclusion, check and foreign-key constraint of the migrations has its line here
 * (constraint-errors.spec.ts reads the migrations to make sure).
 */
export const CONSTRAINTS: Readonly<Record<string, () => DomainError>> = {
  uq_bodies_slug: conflict('A body with this slug already exists', 'slug', 'is already taken'),
  uq_people_email: conflict('A person with this email already exists', 'email', 'is already used by another person'),
  uq_users_email: conflict('A user with this email already exists', 'email', 'is already used by another user'),
  fk_users_person: invalid('No person has this id', 'personId', 'names no person'),
  fk_memberships_body: gone('Body'),
  fk_memberships_person: invalid('No person has this id', 'personId', 'names no person'),
  ck_memberships_role: invalid('A mandate is held as chair, vice_chair or member', 'role', 'is not a role'),
  ck_memberships_period: invalid('A mandate ends on or after its start', 'endDate', 'is before startDate'),
  ex_memberships_person_period: conflict(
    'This person already holds a mandate in this body over that period',
    'personId',
    'already holds an overlapping mandate',
  ),
  ex_memberships_office_period: conflict(
    'Another member already holds this office over that period',
    'role',
    'is already held over that period',
  ),
  fk_meetings_body: gone('Body'),
  fk_meetings_reconvened_from: gone('Meeting'),
  uq_meetings_body_quarter_ordinary: conflict(
    'This quarter already has its ordinary meeting; make this one extraordinary',
    'kind',
    'ordinary is taken for this quarter',
  ),
  uq_meetings_reconvened_from: conflict('This meeting was already reconvened', 'meetingId', 'is already reconvened'),
  fk_agenda_items_meeting: gone('Meeting'),
  uq_agenda_items_meeting_position: conflict(
    'The agenda changed concurrently; try again',
    'position',
    'changed concurrently',
  ),
  fk_agenda_requests_meeting: gone('Meeting'),
  fk_agenda_versions_meeting: gone('Meeting'),
  uq_agenda_versions_meeting_number: conflict(
    'This agenda version was published concurrently; try again',
    'agenda',
    'changed concurrently',
  ),
  fk_attendances_meeting: gone('Meeting'),
  fk_attendances_membership: gone('Membership'),
  fk_attendances_proxy_holder: invalid('The proxy holder is no mandate', 'proxyHolderMembershipId', 'names no mandate'),
  uq_attendances_meeting_membership: conflict(
    'This attendance was recorded concurrently; try again',
    'membershipId',
    'changed concurrently',
  ),
  fk_meeting_guests_meeting: gone('Meeting'),
  fk_minutes_drafts_meeting: gone('Meeting'),
  fk_minutes_versions_meeting: gone('Meeting'),
  fk_minutes_pdfs_version: gone('Minutes version'),
  uq_minutes_versions_meeting_number: conflict(
    'A version of these minutes was requested concurrently; try again',
    'version',
    'changed concurrently',
  ),
  uq_minutes_versions_meeting_approved: conflict(
    'Another version of these minutes is already approved',
    'version',
    'is not the approved one',
  ),
  uq_outbox_queue_job: conflict('This job is already in the outbox', 'jobId', 'is already queued'),
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
