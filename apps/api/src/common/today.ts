import { CALENDAR_TIME_ZONE, IsoDate, isoDateIn } from '@quorum/domain';

/** Today's date on Quorum's calendar (Paris): the one place the API reads the clock for a day. */
export function today(): IsoDate {
  return isoDateIn(new Date(), CALENDAR_TIME_ZONE);
}
