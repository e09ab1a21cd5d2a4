import { addDays, addYears, daysBetween, isIsoDate, isoDateIn, isoWeekOf } from './dates';

describe('calendar days', () => {
  it.each([
    ['2027-01-01', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['2027-1-1', false],
    ['2027-01-01T00:00:00Z', false],
    ['0000-01-01', false],
    ['1899-12-31', false],
    [20270101, false],
  ])('tells whether %p is a calendar day (%p)', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2027-01-31', 1, '2027-02-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2027-03-28', 1, '2027-03-29'],
  ])('adds days: %s + %d = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2027-01-01', 4, '2031-01-01'],
    ['2028-02-29', 4, '2032-02-29'],
    ['2028-02-29', 1, '2029-03-01'],
  ])('adds years: %s + %d years = %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it('counts days between two dates', () => {
    expect(daysBetween('2027-01-01', '2027-04-01')).toBe(90);
    expect(daysBetween('2027-04-01', '2027-01-01')).toBe(-90);
  });

  it('names the day an instant falls on in Paris, which is not the UTC day near midnight', () => {
    expect(isoDateIn(new Date('2026-12-31T23:30:00Z'), 'Europe/Paris')).toBe('2027-01-01');
    expect(isoDateIn(new Date('2027-06-30T21:59:00Z'), 'Europe/Paris')).toBe('2027-06-30');
  });

  it('names each zone its own day when zones alternate (one formatter kept per zone), and refuses an unknown zone every time', () => {
    const instant = new Date('2027-03-11T11:30:00Z');
    for (let round = 0; round < 2; round += 1) {
      expect(isoDateIn(instant, 'Pacific/Kiritimati')).toBe('2027-03-12');
      expect(isoDateIn(instant, 'Europe/Paris')).toBe('2027-03-11');
      expect(isoDateIn(instant, 'Pacific/Pago_Pago')).toBe('2027-03-11');
      expect(isoDateIn(new Date('2027-03-11T12:30:00Z'), 'Pacific/Pago_Pago')).toBe('2027-03-11');
      expect(() => isoDateIn(instant, 'Mars/Olympus_Mons')).toThrow(RangeError);
    }
  });

  it.each([
    ['2027-01-01', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2027-03-08', '2027-W10'],
    ['2027-03-14', '2027-W10'],
    ['2027-12-31', '2027-W52'],
    ['2026-12-28', '2026-W53'],
    ['2029-12-31', '2030-W01'],
  ])('names the ISO week of %s: %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
});
