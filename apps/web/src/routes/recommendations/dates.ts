import { formatCalendarDay } from '../../components/dates';

export { formatCalendarDay as formatDay };

/** The calendar day of an instant (an answer's time), written out. */
export function formatInstantDay(iso: string): string {
  return formatCalendarDay(iso.slice(0, 10));
}
