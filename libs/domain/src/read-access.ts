import type { AgendaRequestState } from './agenda-request';
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
  'documents',
] as const;
export type ReadTopic = (typeof READ_TOPICS)[number];

const STAFF: readonly Role[] = ['admin', 'secretariat'];

/**
 * Whether a reader may read a topic of a body. The secretariat and the admin read everything; the
 * direction and anyone without a mandate today (a former member) read what is public (the direction
 * also the published meeting documents); a member also reads the business and the documents of the
 * bodies where they sit today, never the working agenda.
 */
export function canRead(reader: Reader, topic: ReadTopic, bodyId: string): boolean {
  if (STAFF.includes(reader.role)) return true;
  if (topic === 'public') return true;
  if (topic === 'documents' && reader.role === 'direction') return true;
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
