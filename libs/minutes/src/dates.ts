import type { MinutesLabels } from './labels';

function parts(date: Date, locale: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  return Object.fromEntries(
    new Intl.DateTimeFormat(locale, options).formatToParts(date).map((part) => [part.type, part.value]),
  );
}

/** "jeudi 1er avril 2027" / "Thursday 1 April 2027": the day of an instant in the meeting's time zone. */
export function formatLongDate(iso: string, timeZone: string, labels: MinutesLabels): string {
  const p = parts(new Date(iso), labels.locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  // French writes the first day of a month as an ordinal: « 1er avril ».
  const day = labels.locale.startsWith('fr') && p.day === '1' ? '1er' : p.day;
  return `${p.weekday} ${day} ${p.month} ${p.year}`;
}

/** "14 h 30" in French, "14:30" in English, in the meeting's time zone. */
export function formatTime(iso: string, timeZone: string, labels: MinutesLabels): string {
  const p = parts(new Date(iso), labels.locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return labels.locale.startsWith('fr') ? `${Number(p.hour)} h ${p.minute}` : `${p.hour}:${p.minute}`;
}

/**
 * A calendar day as "1er avril 2027" / "1 April 2027": a `YYYY-MM-DD` as it is, an instant as the day
 * it falls on in `timeZone`.
 */
export function formatDay(iso: string, labels: MinutesLabels, timeZone = 'UTC'): string {
  const instant = iso.length > 10 ? new Date(iso) : new Date(`${iso}T12:00:00Z`);
  const p = parts(instant, labels.locale, {
    timeZone: iso.length > 10 ? timeZone : 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const day = labels.locale.startsWith('fr') && p.day === '1' ? '1er' : p.day;
  return `${day} ${p.month} ${p.year}`;
}
