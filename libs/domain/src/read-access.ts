import type { AgendaRequestState } from './agenda-request';
import type { RecommendationState } from './recommendation';
import type { Role } from './roles';

/** Who reads: their role, and for a member the bodies where they hold a mandate today. */
export interface Reader {
  userId: string;
  role: Role;
  /** Bodies where the reader's person holds a mandate today (empty for a former member). */
  sittingBodyIds: readonly string[];
}

/**
 * What a read route shows of a body:
 * - `public`: the body, its composition, its meetings and calendars, published agenda versions;
 * - `working-agenda`: the agenda as the secretariat prepares it, unpublished changes included;
 * - `memberships`, `attendance`, `guests`, `agenda-requests`: the body's own business;
 * - `recommendations`, `actions`: the follow-up of its decisions, which the direction reads too
 *   (recommendations only once transmitted to it, see `canReadRecommendation`);
 * - `documents`: the meeting documents of the published agenda, read by the members sitting on the
 *   body and the direction (the service hides documents not on a published agenda from them).
 */
export const READ_TOPICS = [
  'public',
  'working-agenda',
  'memberships',
  'attendance',
  'guests',
  'agenda-requests',
  'recommendations',
  'actions',
  'documents',
] as const;
export type ReadTopic = (typeof READ_TOPICS)[number];

const STAFF: readonly Role[] = ['admin', 'secretariat'];
/** What the direction reads beyond the public: the follow-up it is asked to give. */
const DIRECTION_TOPICS: readonly ReadTopic[] = ['recommendations', 'actions', 'documents'];

/**
 * Whether a reader may read a topic of a body. The secretariat and the admin read everything; anyone
 * without a mandate today (a former member) reads what is public; the direction also reads the
 * follow-up of every body (recommendations, actions) and the published meeting documents; a member
 * also reads the business and the documents of the bodies where they sit today, never the working agenda.
 */
export function canRead(reader: Reader, topic: ReadTopic, bodyId: string): boolean {
  if (STAFF.includes(reader.role)) return true;
  if (topic === 'public') return true;
  if (reader.role === 'direction') return DIRECTION_TOPICS.includes(topic);
  if (topic === 'working-agenda' || reader.role !== 'member') return false;
  return reader.sittingBodyIds.includes(bodyId);
}

/** Whether a reader who may read a meeting's agenda requests sees this one: others' declined requests are the secretariat's. */
export function canReadAgendaRequest(
  reader: Pick<Reader, 'userId' | 'role'>,
  request: { requestedBy: string; status: AgendaRequestState },
): boolean {
  return STAFF.includes(reader.role) || request.status !== 'declined' || request.requestedBy === reader.userId;
}

/** Which recommendations a reader's lists hold: of which bodies, and whether only those sent to the direction. */
export interface RecommendationScope {
  /** `all` for the staff and the direction; else the bodies where the reader sits today (none for a former member). */
  bodyIds: 'all' | readonly string[];
  /** The direction reads a recommendation once it is transmitted to it, not while the body still holds it. */
  transmittedOnly: boolean;
}

/** The recommendations a reader's lists, summaries and exports are drawn from. */
export function recommendationScope(reader: Reader): RecommendationScope {
  if (STAFF.includes(reader.role)) return { bodyIds: 'all', transmittedOnly: false };
  if (reader.role === 'direction') return { bodyIds: 'all', transmittedOnly: true };
  return { bodyIds: reader.sittingBodyIds, transmittedOnly: false };
}

/** Whether a reader reads one recommendation: its body's follow-up, and for the direction only once transmitted. */
export function canReadRecommendation(reader: Reader, r: { bodyId: string; status: RecommendationState }): boolean {
  if (!canRead(reader, 'recommendations', r.bodyId)) return false;
  return !(recommendationScope(reader).transmittedOnly && r.status === 'adopted');
}
