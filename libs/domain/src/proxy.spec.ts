import { ConflictError, RuleViolationError, ValidationError } from './errors';
import { AttendanceContext, checkAttendanceChange } from './proxy';
import { AttendanceRecord } from './quorum';

const context = (attendance: AttendanceRecord[], maxProxiesPerMember = 1): AttendanceContext => ({
  sittingIds: new Set(['a', 'b', 'c', 'd']),
  attendance,
  maxProxiesPerMember,
});
const record = (membershipId: string, status: AttendanceRecord['status'], holder: string | null = null) => ({
  membershipId,
  status,
  proxyHolderMembershipId: holder,
});

describe('proxies', () => {
  it('lets an excused member give a proxy to a present one', () => {
    expect(() => checkAttendanceChange(record('a', 'excused', 'b'), context([record('b', 'present')]))).not.toThrow();
  });

  it('lets a proxy go to a sitting member whose attendance is not recorded yet', () => {
    expect(() => checkAttendanceChange(record('a', 'excused', 'b'), context([]))).not.toThrow();
  });

  it("refuses a second proxy for a holder at the body's limit of one", () => {
    const attempt = () =>
      checkAttendanceChange(
        record('c', 'excused', 'b'),
        context([record('b', 'present'), record('a', 'excused', 'b')]),
      );
    expect(attempt).toThrow(ConflictError);
    expect(attempt).toThrow('already holds 1 proxy; the body allows 1 per member');
  });

  it('allows a second proxy where the body allows two', () => {
    expect(() =>
      checkAttendanceChange(record('c', 'excused', 'b'), context([record('a', 'excused', 'b')], 2)),
    ).not.toThrow();
  });

  it('lets a giver confirm the same proxy again without counting it twice', () => {
    expect(() =>
      checkAttendanceChange(record('a', 'excused', 'b'), context([record('a', 'excused', 'b')])),
    ).not.toThrow();
  });

  it('refuses a chain: a proxy to a member who gave their own', () => {
    expect(() => checkAttendanceChange(record('a', 'excused', 'b'), context([record('b', 'excused', 'c')]))).toThrow(
      ConflictError,
    );
  });

  it('refuses a chain the other way: a holder cannot become excused while holding a proxy', () => {
    expect(() => checkAttendanceChange(record('b', 'excused', 'c'), context([record('a', 'excused', 'b')]))).toThrow(
      'no proxy chains',
    );
  });

  it.each([
    ['a proxy from a present member', record('a', 'present', 'b'), ValidationError],
    ['a proxy to oneself', record('a', 'excused', 'a'), ValidationError],
    ['a proxy to a mandate not sitting', record('a', 'excused', 'z'), RuleViolationError],
    ['attendance of a mandate not sitting', record('z', 'present'), RuleViolationError],
  ])('refuses %s', (_, change, error) => {
    expect(() => checkAttendanceChange(change, context([]))).toThrow(error);
  });

  it('refuses a proxy to an absent member', () => {
    expect(() => checkAttendanceChange(record('a', 'excused', 'b'), context([record('b', 'absent')]))).toThrow(
      'is absent',
    );
  });
});
