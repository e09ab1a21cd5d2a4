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
  ck_users_language: invalid('Quorum speaks French (fr) and English (en)', 'language', 'must be fr or en'),
  // Two random draws colliding: asking again draws another secret.
  uq_notifications_idempotency_key: conflict(
    'This notification was already recorded for this recipient',
    'idempotencyKey',
    'is already recorded',
  ),
  uq_users_calendar_feed_token: conflict('This calendar feed secret is taken; try again', 'calendarFeed', 'collided'),
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
  fk_meeting_documents_meeting: gone('Meeting'),
  // Proposals and votes (issue 15).
  ck_proposals_status: invalid(
    'A proposal is draft, submitted, adopted, rejected or withdrawn',
    'status',
    'is not a status',
  ),
  fk_proposals_body: gone('Body'),
  fk_proposals_parent: invalid('No proposal has this id', 'parentId', 'names no proposal'),
  fk_proposal_versions_proposal: gone('Proposal'),
  uq_proposal_versions_proposal_version: conflict(
    'The proposal was changed concurrently; try again',
    'text',
    'changed concurrently',
  ),
  fk_agenda_items_proposal: invalid('No proposal has this id', 'proposalId', 'names no proposal'),
  ck_polls_method: invalid('A poll is held by show_of_hands, roll_call or secret', 'method', 'is not a method'),
  ck_polls_status: invalid('A poll is draft, open or closed', 'status', 'is not a status'),
  ck_polls_result_when_closed: conflict(
    'A poll has a result once closed, and only then',
    'status',
    'does not match the result',
  ),
  fk_polls_meeting: gone('Meeting'),
  fk_polls_agenda_item: gone('Agenda item'),
  fk_polls_proposal: invalid('No proposal has this id', 'proposalId', 'names no proposal'),
  uq_ballots_poll_membership: conflict(
    'This member has already voted in this poll; a ballot never changes',
    'onBehalfOfMembershipId',
    'has already voted',
  ),
  pk_poll_participations: conflict(
    'This member has already voted in this poll; a ballot never changes',
    'onBehalfOfMembershipId',
    'has already voted',
  ),
  ck_ballots_choice: invalid('A choice is yes, no or abstain', 'choice', 'is not a choice'),
  fk_ballots_poll: gone('Poll'),
  fk_ballots_membership: gone('Membership'),
  fk_ballots_proxy_holder: gone('Membership'),
  fk_poll_participations_poll: gone('Poll'),
  fk_poll_participations_membership: gone('Membership'),
  ck_secret_choices_choice: invalid('A choice is yes, no or abstain', 'choice', 'is not a choice'),
  fk_secret_choices_poll: gone('Poll'),
  // Raised by the trigger that keeps a closed poll and its ballots as they were.
  uq_recommendations_proposal: conflict(
    'This proposal already has its recommendation',
    'proposalId',
    'already has a recommendation',
  ),
  fk_recommendations_body: gone('Body'),
  fk_recommendations_proposal: invalid('No proposal has this id', 'proposalId', 'names no proposal'),
  fk_recommendations_poll: gone('Poll'),
  fk_recommendations_meeting: gone('Meeting'),
  ck_recommendations_status: invalid('Not a recommendation status', 'status', 'is not a status'),
  fk_recommendation_responses_recommendation: gone('Recommendation'),
  fk_recommendation_responses_by: gone('User'),
  fk_actions_meeting: gone('Meeting'),
  ck_actions_status: invalid('Not an action status', 'status', 'is not a status'),
  tg_polls_closed_immutable: conflict('The poll is closed: its ballots and result never change', 'status', 'is closed'),
  uq_recusals_item_membership: conflict(
    'This member is already recused on this item',
    'membershipId',
    'is already recused',
  ),
  fk_recusals_agenda_item: gone('Agenda item'),
  fk_recusals_membership: gone('Membership'),
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
