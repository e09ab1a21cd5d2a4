import { isoDateIn, ValidationError } from '@quorum/domain';
import type Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/** The calendar date (YYYY-MM-DD) of an instant in a body's time zone (the domain's isoDateIn, one rule for both). */
export const localDate: (instant: Date, timeZone: string) => string = isoDateIn;

/** The instant of a local date and time (HH:MM) in a body's time zone. */
export function localInstant(date: string, time: string, timeZone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toJSDate();
}

/** A long French date, e.g. « 11 mars 2027 », for titles members read. */
export function frenchDate(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).setLocale('fr').toLocaleString(DateTime.DATE_FULL);
}

/** Parses a startsAt given with its offset (the DTO checked the form); refuses an impossible date. */
export function parseStartsAt(value: string, field = 'startsAt'): Date {
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw new ValidationError('validation.not_a_real_date', { field }, [field]);
  return parsed.toJSDate();
}

// date-holidays weighs as much as the rest of the API's dependencies (every country, moment-timezone,
// astronomical calendars): it is loaded when a year is first planned, not at every start.
let france: Promise<Holidays> | undefined;
const holidaysByYear = new Map<number, ReadonlySet<string>>();

/** The French public holidays of `year`, as YYYY-MM-DD (national list: Alsace-Moselle's extra days are not included). */
export async function frenchPublicHolidays(year: number): Promise<ReadonlySet<string>> {
  let days = holidaysByYear.get(year);
  if (!days) {
    france ??= import('date-holidays').then(({ default: Holidays }) => new Holidays('FR'));
    days = new Set(
      (await france)
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}
