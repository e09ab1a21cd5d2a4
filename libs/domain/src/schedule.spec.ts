import fc from 'fast-check';
import { nthWeekdayOfMonth, quarterlyMeetingDates, quarterOf } from './schedule';
import { QUARTERLY_SLOT as DEFAULT_MEETING_SLOT } from './testing';

const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const FRENCH_HOLIDAYS_2027 = new Set([
  '2027-01-01',
  '2027-03-29',
  '2027-05-01',
  '2027-05-06',
  '2027-05-08',
  '2027-05-17',
  '2027-07-14',
  '2027-08-15',
  '2027-11-01',
  '2027-11-11',
  '2027-12-25',
]);

describe('quarterly scheduling', () => {
  it.each([
    [2027, 3, 4, 2, '2027-03-11'],
    [2027, 5, 4, 1, '2027-05-06'],
    [2027, 12, 5, -1, '2027-12-31'],
    [2027, 2, 1, -1, '2027-02-22'],
    [2028, 2, 2, -1, '2028-02-29'],
  ])('finds in %i-%i the ISO weekday %i number %i: %s', (year, month, weekday, n, expected) => {
    expect(nthWeekdayOfMonth(year, month, weekday, n)).toBe(expected);
  });

  it('gives GRAM one meeting per quarter of 2027 on the second Thursday of its last month', () => {
    const dates = quarterlyMeetingDates(2027, DEFAULT_MEETING_SLOT, (d) => FRENCH_HOLIDAYS_2027.has(d));
    expect(dates).toEqual([
      { quarter: '2027-Q1', date: '2027-03-11', skippedHoliday: null },
      { quarter: '2027-Q2', date: '2027-06-10', skippedHoliday: null },
      { quarter: '2027-Q3', date: '2027-09-09', skippedHoliday: null },
      { quarter: '2027-Q4', date: '2027-12-09', skippedHoliday: null },
    ]);
  });

  it('moves a meeting off a public holiday to the same weekday a week later (Ascension 2027)', () => {
    const slot = { weekday: 4, weekOfMonth: 1, monthOfQuarter: 2 };
    const dates = quarterlyMeetingDates(2027, slot, (d) => FRENCH_HOLIDAYS_2027.has(d));
    expect(dates[1]).toEqual({ quarter: '2027-Q2', date: '2027-05-13', skippedHoliday: '2027-05-06' });
  });

  it('moves back a week when a week later would leave the quarter (last Saturday of December 2027 is Christmas)', () => {
    const slot = { weekday: 6, weekOfMonth: -1, monthOfQuarter: 3 };
    const dates = quarterlyMeetingDates(2027, slot, (d) => FRENCH_HOLIDAYS_2027.has(d));
    expect(dates[3]).toEqual({ quarter: '2027-Q4', date: '2027-12-18', skippedHoliday: '2027-12-25' });
  });

  it('always gives four meetings, one per quarter, on the slot weekday and never on a holiday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.record({
          weekday: fc.integer({ min: 1, max: 7 }),
          weekOfMonth: fc.constantFrom(1, 2, 3, 4, -1),
          monthOfQuarter: fc.integer({ min: 1, max: 3 }),
        }),
        fc.array(fc.integer({ min: 0, max: 364 }), { maxLength: 20 }),
        (year, slot, holidayOffsets) => {
          const holidays = new Set(
            holidayOffsets.map((o) => new Date(Date.UTC(year, 0, 1 + o)).toISOString().slice(0, 10)),
          );
          const dates = quarterlyMeetingDates(year, slot, (d) => holidays.has(d));
          expect(dates.map((d) => d.quarter)).toEqual([1, 2, 3, 4].map((q) => `${year}-Q${q}`));
          for (const d of dates) {
            expect(quarterOf(d.date)).toBe(d.quarter);
            expect(isoWeekday(d.date)).toBe(slot.weekday);
            expect(holidays.has(d.date)).toBe(false);
          }
        },
      ),
    );
  });
});
