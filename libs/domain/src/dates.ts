/** A calendar day as `YYYY-MM-DD`. Such strings sort in time order, so they compare as strings. */
export type IsoDate = string;

/** Quorum's calendar days are Paris days: "today" for Inserm's bodies starts at midnight in Paris. */
export const CALENDAR_TIME_ZONE = 'Europe/Paris';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

/** Whether a value is a real calendar day written `YYYY-MM-DD`, between the years 1900 and 2999. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const instant = toUtc(value);
  return year >= 1900 && year <= 2999 && !Number.isNaN(instant.getTime()) && fromUtc(instant) === value;
}

/** The day `days` days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** The same day `years` years later; 29 February becomes 1 March in a year without it. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const instant = toUtc(date);
  instant.setUTCFullYear(instant.getUTCFullYear() + years);
  return fromUtc(instant);
}

/** Whole days from `from` to `to`: 0 for the same day, negative when `to` comes first. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

// One formatter per time zone: building one costs far more than formatting (≈ 0.2 ms on hot reads).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in a time zone. */
export function isoDateIn(instant: Date, timeZone: string): IsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD. An unknown zone throws here, before anything is cached.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** The ISO 8601 week a day belongs to, as `YYYY-Www` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekOf(date: IsoDate): string {
  const day = toUtc(date);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor(daysBetween(`${year}-01-01`, fromUtc(thursday)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
