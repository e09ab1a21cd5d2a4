import { RuleViolationError, ValidationError } from './errors';
import { daysBetween } from './dates';
import { checkNotice } from './notice';

describe('the notice period', () => {
  const gram = { noticeDays: 5, conveningDate: '2027-03-01' };

  it('counts whole calendar days, across months and leap days', () => {
    expect(daysBetween('2027-03-01', '2027-03-06')).toBe(5);
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
  });

  it.each([
    ['exactly five days ahead', '2027-03-06', 5],
    ['a month ahead', '2027-04-01', 31],
  ])('accepts a convocation %s', (_, meetingDate, given) => {
    expect(checkNotice({ ...gram, meetingDate })).toEqual({ noticeGiven: given, urgentReason: null });
  });

  it("refuses a convocation three days ahead with five days' notice", () => {
    expect(() => checkNotice({ ...gram, meetingDate: '2027-03-04' })).toThrow(RuleViolationError);
    expect(() => checkNotice({ ...gram, meetingDate: '2027-03-04' })).toThrow('requires 5 days’ notice');
  });

  it('lets an urgent convocation with a reason override the notice, and returns the reason to record', () => {
    const urgent = checkNotice({
      ...gram,
      meetingDate: '2027-03-02',
      urgent: true,
      reason: '  Avis requis par la DG ',
    });
    expect(urgent).toEqual({ noticeGiven: 1, urgentReason: 'Avis requis par la DG' });
  });

  it.each([
    ['an urgent convocation without a reason', { urgent: true, reason: ' ' }],
    ['a reason without urgency', { urgent: false, reason: 'Because' }],
  ])('refuses %s as malformed', (_, extra) => {
    expect(() => checkNotice({ ...gram, meetingDate: '2027-04-01', ...extra })).toThrow(ValidationError);
  });

  it('refuses to convene a meeting whose day has passed, even urgently', () => {
    expect(() => checkNotice({ ...gram, meetingDate: '2027-02-27', urgent: true, reason: 'Late' })).toThrow(
      'already taken place',
    );
  });
});
