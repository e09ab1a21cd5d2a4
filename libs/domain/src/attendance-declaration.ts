import { ForbiddenError } from './errors';
import { MeetingActivity } from './meeting-state';
import type { Role } from './roles';

/**
 * Who may record an attendance, and under which activity of the meeting's state machine: the
 * secretariat records anyone's (`recordAttendance`, until the meeting closes); a member declares only
 * themselves, only excused (with a proxy or not), before the meeting opens (`declareOwnAttendance`).
 */
export function attendanceActivity(
  recorder: { role: Role; personId: string | null },
  holderPersonId: string,
  status: string,
): MeetingActivity {
  if (recorder.role !== 'member') return 'recordAttendance';
  if (!recorder.personId || holderPersonId !== recorder.personId) {
    throw new ForbiddenError('attendance.own_only');
  }
  if (status !== 'excused') {
    throw new ForbiddenError('attendance.excused_only');
  }
  return 'declareOwnAttendance';
}
