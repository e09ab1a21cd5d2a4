import { addDays } from './dates';
import { RuleViolationError } from './errors';

/** A body's default meeting slot, e.g. GRAM: the second Thursday of a quarter's last month at 14:00. */
export interface MeetingSlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Which such weekday of the month: 1 to 4, or -1 for the last one. */
  weekOfMonth: number;
  /** Which month of the quarter: 1 to 3. */
  monthOfQuarter: number;
  /** Local start time, HH:MM, in `timeZone`. */
  time: string;
  durationMinutes: number;
  location: string;
  videoUrl: string | null;
  /** IANA time zone the slot is read in. */
  timeZone: string;
  /** How long before its start, on its day, a meeting may be opened (DEFAULT_OPENING_MARGIN_MINUTES if unset). */
  openingMarginMinutes?: number;
}

/** A quarter's label, e.g. `2027-Q1`. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

/** The quarter an ISO date (YYYY-MM-DD) falls in. */
export function quarterOf(date: string): Quarter {
  const [year, month] = date.split('-').map(Number);
  return `${year}-Q${Math.ceil(month / 3) as 1 | 2 | 3 | 4}`;
}

export interface PlannedDate {
  quarter: Quarter;
  /** Local date of the meeting, YYYY-MM-DD. */
  date: string;
  /** The slot's own date when it fell on a public holiday and the meeting moved off it. */
  skippedHoliday: string | null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The `n`-th (or, for -1, the last) ISO weekday of a month, as YYYY-MM-DD. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1));
    const firstIso = ((first.getUTCDay() + 6) % 7) + 1;
    return addDays(iso(first), ((weekday - firstIso + 7) % 7) + (n - 1) * 7);
  }
  const last = new Date(Date.UTC(year, month, 0));
  const lastIso = ((last.getUTCDay() + 6) % 7) + 1;
  return addDays(iso(last), -((lastIso - weekday + 7) % 7));
}

/**
 * One date per quarter of `year` at the slot, moved off public holidays: to the same weekday a week
 * later, else a week earlier (then two weeks), staying inside the quarter.
 */
export function quarterlyMeetingDates(
  year: number,
  slot: Pick<MeetingSlot, 'weekday' | 'weekOfMonth' | 'monthOfQuarter'>,
  isHoliday: (date: string) => boolean,
): PlannedDate[] {
  return [1, 2, 3, 4].map((q) => {
    const slotDate = nthWeekdayOfMonth(year, (q - 1) * 3 + slot.monthOfQuarter, slot.weekday, slot.weekOfMonth);
    const quarter = quarterOf(slotDate);
    const date = [0, 7, -7, 14, -14]
      .map((offset) => addDays(slotDate, offset))
      .find((d) => quarterOf(d) === quarter && !isHoliday(d));
    if (!date) {
      throw new RuleViolationError('schedule.no_free_day', { date: slotDate, quarter }, ['meetingSlot']);
    }
    return { quarter, date, skippedHoliday: date === slotDate ? null : slotDate };
  });
}
