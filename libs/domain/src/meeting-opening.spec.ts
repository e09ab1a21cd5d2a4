import { RuleViolationError, ValidationError } from './errors';
import { assertMayOpenNow, backfillReason, isPastMeetingDay } from './meeting-opening';

const PARIS = 'Europe/Paris';
// 11 March 2027, 14:00 in Paris (UTC+1).
const STARTS_AT = new Date('2027-03-11T13:00:00Z');

describe('assertMayOpenNow', () => {
  it.each([
    ['at the start', '2027-03-11T13:00:00Z', undefined],
    ['two hours before the start (the default margin)', '2027-03-11T11:00:00Z', undefined],
    ['late in the evening of its day', '2027-03-11T22:30:00Z', undefined],
    ['30 minutes before with a 30-minute margin', '2027-03-11T12:30:00Z', 30],
    ['at 00:05 local with a whole-day margin', '2027-03-10T23:05:00Z', 24 * 60],
    ['on a later day (left to the backfill rule)', '2027-03-12T09:00:00Z', undefined],
  ])('opens %s', (_case, now, marginMinutes) => {
    expect(() =>
      assertMayOpenNow({ startsAt: STARTS_AT, now: new Date(now), timeZone: PARIS, marginMinutes }),
    ).not.toThrow();
  });

  it.each([
    ['four months early (November 2026 for Q1 2027)', '2026-11-26T10:00:00Z', undefined],
    ['the evening before', '2027-03-10T20:00:00Z', undefined],
    ['one minute before the margin', '2027-03-11T10:59:00Z', undefined],
    ['an hour before with a 30-minute margin', '2027-03-11T12:00:00Z', 30],
    ['at 23:30 local the day before, even with a whole-day margin', '2027-03-10T22:30:00Z', 24 * 60],
  ])('refuses with 422 naming startsAt %s', (_case, now, marginMinutes) => {
    const open = () => assertMayOpenNow({ startsAt: STARTS_AT, now: new Date(now), timeZone: PARIS, marginMinutes });
    expect(open).toThrow(RuleViolationError);
    expect(open).toThrow(/opens only on its day/);
  });

  it("reads the meeting's day in the body's time zone, not UTC", () => {
    // 00:30 on 12 March in Paris is still 11 March in UTC: 00:10 Paris opens it, 23:50 the day before does not.
    const startsAt = new Date('2027-03-11T23:30:00Z');
    expect(() => assertMayOpenNow({ startsAt, now: new Date('2027-03-11T23:10:00Z'), timeZone: PARIS })).not.toThrow();
    expect(() => assertMayOpenNow({ startsAt, now: new Date('2027-03-11T22:50:00Z'), timeZone: PARIS })).toThrow(
      RuleViolationError,
    );
  });
});

describe('backfillReason', () => {
  const now = new Date('2027-04-10T09:00:00Z');

  it.each([
    ['a meeting later today', '2027-04-10T16:00:00Z'],
    ['a meeting earlier today', '2027-04-10T06:00:00Z'],
    ['a future meeting', '2027-06-10T12:00:00Z'],
  ])('needs no backfill for %s', (_case, startsAt) => {
    expect(backfillReason(new Date(startsAt), now, PARIS, {})).toBeNull();
  });

  it('refuses a meeting 30 days in the past with 422 naming startsAt', () => {
    const past = new Date('2027-03-11T13:00:00Z');
    const create = () => backfillReason(past, now, PARIS, {});
    expect(create).toThrow(RuleViolationError);
    try {
      create();
    } catch (error) {
      expect((error as RuleViolationError).details).toEqual([
        { field: 'startsAt', code: 'meeting.day_passed', params: { day: '2027-03-11', today: '2027-04-10' } },
      ]);
    }
  });

  it('accepts a past meeting as a backfill with its reason, trimmed', () => {
    const past = new Date('2027-03-11T13:00:00Z');
    expect(backfillReason(past, now, PARIS, { backfill: true, backfillReason: '  Séance tenue avant Quorum ' })).toBe(
      'Séance tenue avant Quorum',
    );
  });

  it.each([[undefined], [''], ['   ']])(
    'refuses a backfill without a reason (%p) with 400 naming backfillReason',
    (reason) => {
      const past = new Date('2027-03-11T13:00:00Z');
      expect(() => backfillReason(past, now, PARIS, { backfill: true, backfillReason: reason })).toThrow(
        ValidationError,
      );
    },
  );

  it('refuses backfill on a meeting whose day has not passed, naming backfill', () => {
    expect(() =>
      backfillReason(new Date('2027-05-01T12:00:00Z'), now, PARIS, { backfill: true, backfillReason: 'x' }),
    ).toThrow(ValidationError);
  });

  it('tells a past day in the body time zone', () => {
    expect(isPastMeetingDay(new Date('2027-04-09T21:59:00Z'), now, PARIS)).toBe(true);
    expect(isPastMeetingDay(new Date('2027-04-09T22:00:00Z'), now, PARIS)).toBe(false); // 00:00 on 10 April in Paris (UTC+2)
  });
});
