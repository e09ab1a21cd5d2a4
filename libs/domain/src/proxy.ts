import { ConflictError, RuleViolationError, ValidationError } from './errors';
import { ATTENDING, AttendanceRecord } from './quorum';

export interface AttendanceContext {
  /** Mandates sitting on the meeting's date. */
  sittingIds: ReadonlySet<string>;
  /** Attendance already recorded for the meeting. */
  attendance: readonly AttendanceRecord[];
  /** The body's limit of proxies one member may hold (décret 2006-672: 1). */
  maxProxiesPerMember: number;
}

/**
 * Checks one mandate's new attendance against the proxy rules: only an excused member gives a
 * proxy, to another sitting member who is not excused or absent, within the body's limit per
 * holder, and never along a chain (a holder never gives their own proxy while holding others).
 */
export function checkAttendanceChange(change: AttendanceRecord, context: AttendanceContext): void {
  const { membershipId, status, proxyHolderMembershipId: holderId } = change;
  if (!context.sittingIds.has(membershipId)) {
    throw new RuleViolationError('attendance.not_sitting', { id: membershipId }, ['membershipId']);
  }
  const byId = new Map(context.attendance.map((a) => [a.membershipId, a]));
  const heldByMember = context.attendance.filter((a) => a.proxyHolderMembershipId === membershipId);
  if (!ATTENDING.includes(status) && heldByMember.length > 0) {
    throw new ConflictError(
      'attendance.holds_proxies',
      { held: { allOf: heldByMember.map((a) => a.membershipId) }, status },
      ['status'],
    );
  }
  if (holderId === null) return;
  if (status !== 'excused') {
    throw new ValidationError('attendance.proxy_needs_excused', { status }, ['proxyHolderMembershipId']);
  }
  if (holderId === membershipId) {
    throw new ValidationError('attendance.proxy_to_self', {}, ['proxyHolderMembershipId']);
  }
  if (!context.sittingIds.has(holderId)) {
    throw new RuleViolationError('attendance.proxy_holder_not_sitting', { id: holderId }, ['proxyHolderMembershipId']);
  }
  const holderRecord = byId.get(holderId);
  if (holderRecord && !ATTENDING.includes(holderRecord.status)) {
    throw new ConflictError('attendance.proxy_holder_absent', { status: holderRecord.status }, [
      'proxyHolderMembershipId',
    ]);
  }
  const alreadyHeld = context.attendance.filter(
    (a) => a.proxyHolderMembershipId === holderId && a.membershipId !== membershipId,
  ).length;
  if (alreadyHeld >= context.maxProxiesPerMember) {
    throw new ConflictError('attendance.proxy_limit', { held: alreadyHeld, max: context.maxProxiesPerMember }, [
      'proxyHolderMembershipId',
    ]);
  }
}
