import { MessageCode } from './i18n/en';
import { MessageParams, termOf } from './i18n/translate';
import type { Category, QuorumRule } from './body';
import type { MeetingState } from './meeting-state';

/** How a member attends a meeting (DESIGN.md, Attendance). */
export const ATTENDANCE_STATUSES = ['present', 'remote', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Statuses in which a member takes part in the sitting and may hold a proxy. */
export const ATTENDING: readonly AttendanceStatus[] = ['present', 'remote'];

/** A mandate sitting on the meeting's date, as quorum counts it. */
export interface QuorumMember {
  membershipId: string;
  category: string;
}

/** What was recorded for one mandate; a mandate with no record counts as not attending. */
export interface AttendanceRecord {
  membershipId: string;
  status: AttendanceStatus;
  proxyHolderMembershipId: string | null;
}

export interface CategoryQuorum {
  seats: number;
  sitting: number;
  present: number;
  represented: number;
  minimum: number;
  met: boolean;
}

/** The live quorum of a meeting. */
export interface Quorum {
  /** How many members must be present, remote or (where proxies count) represented. */
  required: number;
  /** Members present in the room or remote. */
  present: number;
  /** Excused members whose proxy holder attends. */
  represented: number;
  met: boolean;
  /** False for a meeting reconvened after a lack of quorum: it deliberates without one. */
  waived: boolean;
  byCategory: Record<string, CategoryQuorum>;
}

export interface QuorumInput {
  rule: QuorumRule;
  categories: readonly Category[];
  sitting: readonly QuorumMember[];
  attendance: readonly AttendanceRecord[];
  /** False when the meeting needs no quorum (reconvened on the same agenda, décret 2006-672). */
  quorumRequired?: boolean;
}

/** Members needed out of `base` for a share numerator/denominator: "at least half" of 20 is 10. */
export function membersRequired(base: number, rule: Pick<QuorumRule, 'numerator' | 'denominator'>): number {
  return Math.ceil((base * rule.numerator) / rule.denominator);
}

/**
 * The quorum of a meeting from its body's rule, the mandates sitting that day and the attendance
 * recorded. Only sitting mandates count; a proxy counts when its giver is excused and its holder
 * attends (present or remote), and towards quorum only where the rule counts proxies.
 */
export function computeQuorum(input: QuorumInput): Quorum {
  const { rule, categories, sitting } = input;
  const sittingIds = new Map(sitting.map((m) => [m.membershipId, m.category]));
  const records = new Map(
    input.attendance.filter((a) => sittingIds.has(a.membershipId)).map((a) => [a.membershipId, a]),
  );
  const attends = (id: string | null) => id !== null && ATTENDING.includes(records.get(id)?.status ?? 'absent');
  const isPresent = (m: QuorumMember) => attends(m.membershipId);
  const isRepresented = (m: QuorumMember) => {
    const record = records.get(m.membershipId);
    return record?.status === 'excused' && attends(record.proxyHolderMembershipId);
  };

  const byCategory: Record<string, CategoryQuorum> = {};
  for (const category of categories) {
    const members = sitting.filter((m) => m.category === category.code);
    const present = members.filter(isPresent).length;
    const represented = members.filter(isRepresented).length;
    const minimum = rule.minimumPerCategory[category.code] ?? 0;
    const counted = present + (rule.countProxies ? represented : 0);
    byCategory[category.code] = {
      seats: category.seats,
      sitting: members.length,
      present,
      represented,
      minimum,
      met: counted >= minimum,
    };
  }
  const present = sitting.filter(isPresent).length;
  const represented = sitting.filter(isRepresented).length;
  const waived = input.quorumRequired === false;
  const base = rule.base === 'seats' ? categories.reduce((sum, c) => sum + c.seats, 0) : sitting.length;
  const required = waived ? 0 : membersRequired(base, rule);
  const counted = present + (rule.countProxies ? represented : 0);
  const met = waived || (counted >= required && Object.values(byCategory).every((c) => c.met));
  return { required, present, represented, met, waived, byCategory };
}

/** Whether a meeting may open a poll now, and if not, why: it must be in session and have its quorum. */
export function pollMayOpen(
  meeting: { status: MeetingState },
  quorum: Quorum,
): { allowed: true } | { allowed: false; code: MessageCode; params: MessageParams } {
  if (meeting.status !== 'in_progress') {
    return {
      allowed: false,
      code: 'poll.meeting_not_in_session',
      params: { status: termOf('meeting_status', meeting.status) },
    };
  }
  if (quorum.met) return { allowed: true };
  const short = Object.entries(quorum.byCategory)
    .filter(([, c]) => !c.met)
    .map(([code, c]) => `${code} (${c.minimum})`);
  const { present, represented, required } = quorum;
  return short.length > 0
    ? {
        allowed: false,
        code: 'poll.no_quorum_by_category',
        params: { present, represented, required, categories: { allOf: short } },
      }
    : { allowed: false, code: 'poll.no_quorum', params: { present, represented, required } };
}

/** The quorum of one meeting: its body's rule applied to the meeting's roll (sitting mandates and attendance). */
export function meetingQuorum(
  body: { quorum: QuorumRule; categories: readonly Category[] },
  meeting: { quorumRequired: boolean },
  roll: { sitting: readonly QuorumMember[]; attendance: readonly AttendanceRecord[] },
): Quorum {
  return computeQuorum({
    rule: body.quorum,
    categories: body.categories,
    sitting: roll.sitting,
    attendance: roll.attendance,
    quorumRequired: meeting.quorumRequired,
  });
}
