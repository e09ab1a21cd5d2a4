import fc from 'fast-check';
import { DateTime } from 'luxon';
import { zonedIso } from './zoned-time';

const ZONES = [
  'Europe/Paris',
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'UTC',
  'Etc/UTC',
];

describe('zonedIso', () => {
  it.each([
    ['2027-03-11T13:00:00.000Z', 'Europe/Paris', '2027-03-11T14:00:00.000+01:00'],
    ['2027-07-01T12:00:00.000Z', 'Europe/Paris', '2027-07-01T14:00:00.000+02:00'],
    ['2027-03-28T00:59:59.999Z', 'Europe/Paris', '2027-03-28T01:59:59.999+01:00'],
    ['2027-03-28T01:00:00.000Z', 'Europe/Paris', '2027-03-28T03:00:00.000+02:00'],
    ['2027-01-01T00:00:00.000Z', 'UTC', '2027-01-01T00:00:00.000Z'],
    ['2027-01-01T00:00:00.000Z', 'Europe/London', '2027-01-01T00:00:00.000+00:00'],
  ])('writes %s in %s as %s', (instant, zone, expected) => {
    expect(zonedIso(new Date(instant), zone)).toBe(expected);
  });

  it('writes every instant of 1900-2200 exactly as luxon does, in zones with and without summer time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const instant = new Date(ms);
          expect(zonedIso(instant, zone)).toBe(DateTime.fromJSDate(instant, { zone }).toISO());
        },
      ),
      { numRuns: 5000 },
    );
  });
});
