import { IsoDate, isoDateIn } from './dates';
import { RuleViolationError, ValidationError } from './errors';

/** How long before its start a meeting may be opened, on its day, unless the body says otherwise. */
export const DEFAULT_OPENING_MARGIN_MINUTES = 120;

/** What a past meeting needs: an explicit backfill, with the reason it is recorded late. */
export interface Backfill {
  backfill?: boolean;
  backfillReason?: string;
}

export interface OpeningWindow {
  startsAt: Date;
  now: Date;
  /** The body's time zone: "the meeting's day" is read there. */
  timeZone: string;
  marginMinutes?: number;
}

/**
 * Whether a meeting's day (in the body's zone) is before today: such a meeting is recorded after the
 * fact, and only as an explicit backfill. A meeting later today is not in the past.
 */
export function isPastMeetingDay(startsAt: Date, now: Date, timeZone: string): boolean {
  return isoDateIn(startsAt, timeZone) < isoDateIn(now, timeZone);
}

/**
 * The backfill reason of a meeting created, moved or opened at `startsAt`: null when its day has not
 * passed; the trimmed reason when the caller says `backfill` with one; otherwise a 422 naming startsAt.
 */
export function backfillReason(startsAt: Date, now: Date, timeZone: string, given: Backfill): string | null {
  const reason = given.backfillReason?.trim();
  if (!isPastMeetingDay(startsAt, now, timeZone)) {
    if (given.backfill) {
      throw new ValidationError('meeting.backfill_not_past', { day: isoDateIn(startsAt, timeZone) }, ['backfill']);
    }
    return null;
  }
  if (!given.backfill) {
    const day = isoDateIn(startsAt, timeZone);
    throw new RuleViolationError('meeting.day_passed', { day, today: isoDateIn(now, timeZone) }, ['startsAt']);
  }
  if (!reason) {
    throw new ValidationError('meeting.backfill_reason_required', {}, ['backfillReason']);
  }
  return reason;
}

/**
 * Refuses to open a meeting outside its day: it opens on the day of `startsAt` in the body's zone,
 * from `marginMinutes` before the start. A past day is left to `backfillReason`.
 */
export function assertMayOpenNow({ startsAt, now, timeZone, marginMinutes }: OpeningWindow): void {
  const day: IsoDate = isoDateIn(startsAt, timeZone);
  const today = isoDateIn(now, timeZone);
  if (day < today) return;
  const margin = marginMinutes ?? DEFAULT_OPENING_MARGIN_MINUTES;
  const opensAt = new Date(startsAt.getTime() - margin * 60_000);
  if (day > today || now < opensAt) {
    throw new RuleViolationError(
      'meeting.opens_on_its_day',
      { margin, day, opensAt: opensAt.toISOString(), now: now.toISOString() },
      ['startsAt'],
    );
  }
}
