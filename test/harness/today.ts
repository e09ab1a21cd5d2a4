import { CALENDAR_TIME_ZONE, IsoDate, isoDateIn } from '@quorum/domain';

/** Today on Quorum's calendar (Paris), as the API's SystemClock sees it. */
export function today(): IsoDate {
  return isoDateIn(new Date(), CALENDAR_TIME_ZONE);
}
