import { CALENDAR_TIME_ZONE, IsoDate, isoDateIn } from '@quorum/domain';

/** Today on Quorum's calendar (Paris), as the API's SystemClock sees it. */
export function today(): IsoDate {
  return isoDateIn(new Date(), CALENDAR_TIME_ZONE);
}

/** An instant before 2027, for tests that plan the fixed year 2027: planning skips quarters already past. */
export const BEFORE_2027 = '2026-11-26T12:00:00Z';
