// One way to write dates across the app: the member pages' formatters, under the names these pages use.
export { formatMeetingDate as formatInstant, formatDay as formatCalendarDay } from './format';

/** Minutes offset of a time zone from UTC at an instant (e.g. 60 for Paris in winter). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * A wall-clock day and time in a time zone as ISO 8601 with its offset ("2027-03-11T14:00:00+01:00"),
 * as the API wants a meeting's start: the offset is the zone's on that day, not the browser's.
 */
export function zonedIso(day: string, time: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const wallAsUtc = Date.UTC(y, m - 1, d, h, min);
  // Two passes settle the offset across a change of summer time.
  let offset = offsetMinutes(wallAsUtc, timeZone);
  offset = offsetMinutes(wallAsUtc - offset * 60_000, timeZone);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}T${pad(h)}:${pad(min)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
