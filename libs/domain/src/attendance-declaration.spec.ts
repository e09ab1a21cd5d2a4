import { attendanceActivity } from './attendance-declaration';
import { ForbiddenError } from './errors';

describe('attendanceActivity', () => {
  it('lets the secretariat record anyone, in any status, under recordAttendance', () => {
    expect(attendanceActivity({ role: 'secretariat', personId: null }, 'p1', 'present')).toBe('recordAttendance');
  });

  it('lets a member declare themselves excused under declareOwnAttendance', () => {
    expect(attendanceActivity({ role: 'member', personId: 'p1' }, 'p1', 'excused')).toBe('declareOwnAttendance');
  });

  it.each([
    ["another member's attendance", { role: 'member' as const, personId: 'p1' }, 'p2', 'excused'],
    ['themselves present', { role: 'member' as const, personId: 'p1' }, 'p1', 'present'],
    ['anything without a person', { role: 'member' as const, personId: null }, 'p1', 'excused'],
  ])('refuses a member declaring %s', (_case, recorder, holder, status) => {
    expect(() => attendanceActivity(recorder, holder, status)).toThrow(ForbiddenError);
  });
});
