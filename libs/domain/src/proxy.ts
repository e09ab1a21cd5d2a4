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
    throw new RuleViolationError(`Mandate ${membershipId} is not sitting on the meeting's date`, [
      { field: 'membershipId', message: 'is not a mandate of this body sitting on the meeting’s date' },
    ]);
  }
  const byId = new Map(context.attendance.map((a) => [a.membershipId, a]));
  const heldByMember = context.attendance.filter((a) => a.proxyHolderMembershipId === membershipId);
  if (!ATTENDING.includes(status) && heldByMember.length > 0) {
    throw new ConflictError(
      `This member holds the proxy of ${heldByMember.map((a) => a.membershipId).join(', ')}; ` +
        'those proxies must go to another member first (no proxy chains)',
      [{ field: 'status', message: `cannot be ${status} while holding proxies` }],
    );
  }
  if (holderId === null) return;
  if (status !== 'excused') {
    throw new ValidationError('Only an excused member gives a proxy', [
      { field: 'proxyHolderMembershipId', message: `must be null when status is ${status}` },
    ]);
  }
  if (holderId === membershipId) {
    throw new ValidationError('A member cannot hold their own proxy', [
      { field: 'proxyHolderMembershipId', message: 'names the excused member themselves' },
    ]);
  }
  if (!context.sittingIds.has(holderId)) {
    throw new RuleViolationError(`The proxy holder ${holderId} is not sitting on the meeting's date`, [
      { field: 'proxyHolderMembershipId', message: 'is not a mandate of this body sitting on the meeting’s date' },
    ]);
  }
  const holderRecord = byId.get(holderId);
  if (holderRecord && !ATTENDING.includes(holderRecord.status)) {
    throw new ConflictError(`The proxy holder is ${holderRecord.status} and cannot vote for anyone (no proxy chains)`, [
      { field: 'proxyHolderMembershipId', message: `is ${holderRecord.status}` },
    ]);
  }
  const alreadyHeld = context.attendance.filter(
    (a) => a.proxyHolderMembershipId === holderId && a.membershipId !== membershipId,
  ).length;
  if (alreadyHeld >= context.maxProxiesPerMember) {
    throw new ConflictError(
      `The proxy holder already holds ${alreadyHeld} proxy(ies); the body allows ${context.maxProxiesPerMember} per member`,
      [{ field: 'proxyHolderMembershipId', message: `already holds ${alreadyHeld} of ${context.maxProxiesPerMember}` }],
    );
  }
}
