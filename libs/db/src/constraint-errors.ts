import { ConflictError, DomainError, MessageCode, NotFoundError, ValidationError } from '@quorum/domain';
import { pgConstraint, pgErrorCode, PG } from './pg-errors';

const conflict = (code: MessageCode, field: string) => () => new ConflictError(code, {}, [field]);
const invalid = (code: MessageCode, field: string) => () => new ValidationError(code, {}, [field]);
/** A row that vanished between the lock and the write: what the caller asked about is gone. */
const gone = () => () => new NotFoundError('record.gone');

/**
 * What each database constraint means to a user: the field it concerns and why the change was refused.
 * The unit of work turns a violation into this domain error, so the database stays the last line of
 * defence behind the rules without ever surfacing as a 500 or a message naming a constraint.
 * Every unique, exclusion, check and foreign-key constraint of the migrations has its line here
 * (constraint-errors.spec.ts reads the migrations to make sure).
 */
export const CONSTRAINTS: Readonly<Record<string, () => DomainError>> = {
  uq_bodies_slug: conflict('body.slug_taken', 'slug'),
  uq_people_email: conflict('person.email_taken', 'email'),
  uq_users_email: conflict('user.email_taken', 'email'),
  fk_users_person: invalid('user.person_unknown', 'personId'),
  ck_users_language: invalid('user.language_unknown', 'language'),
  // Two random draws colliding: asking again draws another secret.
  uq_notifications_idempotency_key: conflict('notification.already_recorded', 'idempotencyKey'),
  uq_users_calendar_feed_token: conflict('user.calendar_feed_collision', 'calendarFeed'),
  fk_memberships_body: gone(),
  fk_memberships_person: invalid('user.person_unknown', 'personId'),
  ck_memberships_role: invalid('membership.role_unknown', 'role'),
  ck_memberships_period: invalid('membership.period_reversed', 'endDate'),
  ex_memberships_person_period: conflict('membership.person_overlap', 'personId'),
  ex_memberships_office_period: conflict('membership.office_overlap', 'role'),
  fk_meetings_body: gone(),
  fk_meetings_reconvened_from: gone(),
  uq_meetings_body_quarter_ordinary: conflict('meeting.ordinary_taken', 'kind'),
  uq_meetings_reconvened_from: conflict('meeting.already_reconvened', 'meetingId'),
  fk_agenda_items_meeting: gone(),
  uq_agenda_items_meeting_position: conflict('agenda.changed_concurrently', 'position'),
  fk_agenda_requests_meeting: gone(),
  fk_agenda_versions_meeting: gone(),
  uq_agenda_versions_meeting_number: conflict('agenda.version_published_concurrently', 'agenda'),
  fk_attendances_meeting: gone(),
  fk_attendances_membership: gone(),
  fk_attendances_proxy_holder: invalid('attendance.proxy_holder_unknown', 'proxyHolderMembershipId'),
  uq_attendances_meeting_membership: conflict('attendance.changed_concurrently', 'membershipId'),
  fk_meeting_guests_meeting: gone(),
  fk_meeting_documents_meeting: gone(),
  // Proposals and votes (issue 15).
  ck_proposals_status: invalid('proposal.status_unknown', 'status'),
  fk_proposals_body: gone(),
  fk_proposals_parent: invalid('proposal.unknown', 'parentId'),
  fk_proposal_versions_proposal: gone(),
  uq_proposal_versions_proposal_version: conflict('proposal.changed_concurrently', 'text'),
  fk_agenda_items_proposal: invalid('proposal.unknown', 'proposalId'),
  ck_polls_method: invalid('poll.method_unknown', 'method'),
  ck_polls_status: invalid('poll.status_unknown', 'status'),
  ck_polls_result_when_closed: conflict('poll.result_mismatch', 'status'),
  fk_polls_meeting: gone(),
  fk_polls_agenda_item: gone(),
  fk_polls_proposal: invalid('proposal.unknown', 'proposalId'),
  uq_ballots_poll_membership: conflict('ballot.already_voted', 'onBehalfOfMembershipId'),
  pk_poll_participations: conflict('ballot.already_voted', 'onBehalfOfMembershipId'),
  ck_ballots_choice: invalid('ballot.choice_unknown', 'choice'),
  fk_ballots_poll: gone(),
  fk_ballots_membership: gone(),
  fk_ballots_proxy_holder: gone(),
  fk_poll_participations_poll: gone(),
  fk_poll_participations_membership: gone(),
  ck_secret_choices_choice: invalid('ballot.choice_unknown', 'choice'),
  fk_secret_choices_poll: gone(),
  // Raised by the trigger that keeps a closed poll and its ballots as they were.
  uq_recommendations_proposal: conflict('recommendation.proposal_taken', 'proposalId'),
  fk_recommendations_body: gone(),
  fk_recommendations_proposal: invalid('proposal.unknown', 'proposalId'),
  fk_recommendations_poll: gone(),
  fk_recommendations_meeting: gone(),
  ck_recommendations_status: invalid('recommendation.status_unknown', 'status'),
  fk_recommendation_responses_recommendation: gone(),
  fk_recommendation_responses_by: gone(),
  fk_actions_meeting: gone(),
  ck_actions_status: invalid('action.status_unknown', 'status'),
  tg_polls_closed_immutable: conflict('poll.closed_immutable', 'status'),
  uq_recusals_item_membership: conflict('recusal.already_recused', 'membershipId'),
  fk_recusals_agenda_item: gone(),
  fk_recusals_membership: gone(),
  fk_minutes_drafts_meeting: gone(),
  fk_minutes_versions_meeting: gone(),
  fk_minutes_pdfs_version: gone(),
  uq_minutes_versions_meeting_number: conflict('minutes.requested_concurrently', 'version'),
  uq_minutes_versions_meeting_approved: conflict('minutes.other_version_approved', 'version'),
  uq_outbox_queue_job: conflict('outbox.job_queued', 'jobId'),
  ck_dissent_requests_status: invalid('dissent_request.status_unknown', 'status'),
  fk_dissent_requests_meeting: gone(),
  fk_dissent_requests_agenda_item: gone(),
  fk_dissent_requests_membership: gone(),
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
