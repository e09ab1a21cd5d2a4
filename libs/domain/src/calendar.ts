/** The domain part every Quorum calendar UID ends with. */
export const CALENDAR_UID_DOMAIN = 'quorum';

/**
 * A meeting's iCalendar UID. The feed and every e-mailed invitation must give the same one, or a
 * calendar app shows a moved meeting twice instead of updating it.
 */
export function meetingUid(meetingId: string, domain: string = CALENDAR_UID_DOMAIN): string {
  return `${meetingId}@${domain}`;
}
