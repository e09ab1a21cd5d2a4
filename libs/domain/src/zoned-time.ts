/**
 * Instants written with the offset of a time zone, as luxon's `toISO()` writes them, without
 * building a luxon DateTime per value: lists format hundreds of dates per request.
 */

// Luxon treats these names as the fixed UTC zone, written `Z`; every other name is an IANA zone.
const UTC_NAMES = new Set(['utc', 'gmt']);
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

function measuredOffset(ms: number, timeZone: string): number {
  const part: Record<string, string> = {};
  for (const { type, value } of formatIn(timeZone).formatToParts(new Date(ms))) part[type] = value;
  const year = part.era === 'BC' ? 1 - Number(part.year) : Number(part.year);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(part.month) - 1, Number(part.day));
  wall.setUTCHours(Number(part.hour) % 24, Number(part.minute), Number(part.second), 0);
  return (wall.getTime() - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000;
}

const DAY_MS = 86_400_000;
const CACHE_LIMIT = 100_000;
// Per zone and UTC day: the offset of the whole day, or null on a day the zone changes its offset.
const offsetsByDay = new Map<string, number | null>();

/** The zone's offset from UTC at an instant, in minutes (fractional for old local mean times). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  if (UTC_NAMES.has(timeZone.toLowerCase())) return 0;
  const ms = instant.getTime();
  const day = Math.floor(ms / DAY_MS);
  const key = `${timeZone}|${day}`;
  let offset = offsetsByDay.get(key);
  if (offset === undefined) {
    // Offsets change months apart: the same offset at both ends of a day holds all day long.
    const first = measuredOffset(day * DAY_MS, timeZone);
    offset = first === measuredOffset((day + 1) * DAY_MS - 1, timeZone) ? first : null;
    if (offsetsByDay.size >= CACHE_LIMIT) offsetsByDay.clear();
    offsetsByDay.set(key, offset);
  }
  return offset ?? measuredOffset(ms, timeZone);
}

const pad = (value: number, length = 2) => String(Math.trunc(Math.abs(value))).padStart(length, '0');

/** An instant as ISO 8601 with its zone's offset, e.g. `2027-03-11T14:00:00.000+01:00` (years 0 to 9999). */
export function zonedIso(instant: Date, timeZone: string): string {
  const offset = offsetMinutes(instant, timeZone);
  const local = new Date(instant.getTime() + offset * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}`;
  const zone = UTC_NAMES.has(timeZone.toLowerCase())
    ? 'Z'
    : `${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${date}T${time}${zone}`;
}
