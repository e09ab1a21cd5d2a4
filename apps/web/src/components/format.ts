import { currentLanguage } from '../i18n';

const locale = () => (currentLanguage() === 'fr' ? 'fr-FR' : 'en-GB');

/** A meeting's start, as the clock on the wall of the body's time zone shows it. */
export function formatMeetingDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** An instant in a log, short enough for a table's cell: "26 nov. 2026, 14:03" in the body's time zone. */
export function formatMoment(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD), written out. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function formatSize(bytes: number): string {
  const units = ['o', 'ko', 'Mo', 'Go'];
  const unitsEn = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const number = new Intl.NumberFormat(locale(), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${(currentLanguage() === 'fr' ? units : unitsEn)[unit]}`;
}
