import { DateTime } from 'luxon';
import type { Language, MeetingInfo } from './notification';

const LOCALE: Record<Language, string> = { fr: 'fr', en: 'en-GB' };

function at(iso: string, timeZone: string, language: Language): DateTime {
  const instant = DateTime.fromISO(iso, { zone: timeZone }).setLocale(LOCALE[language]);
  if (!instant.isValid) throw new RangeError(`Not an ISO date in ${timeZone}: ${iso}`);
  return instant;
}

function time(instant: DateTime, language: Language): string {
  return language === 'fr' ? instant.toFormat("H'h'mm") : instant.toFormat('h:mm a').toLowerCase();
}

/** "Paris" from "Europe/Paris": readers know their city better than a zone name. */
function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/** The day of an instant in the body's time zone: "jeudi 11 mars 2027", "Thursday 11 March 2027". */
export function formatDay(iso: string, timeZone: string, language: Language): string {
  return at(iso, timeZone, language).toFormat('cccc d LLLL yyyy');
}

/** The day and start time: "jeudi 11 mars 2027 à 14h00", "Thursday 11 March 2027 at 2:00 pm". */
export function formatDayTime(iso: string, timeZone: string, language: Language): string {
  const instant = at(iso, timeZone, language);
  const day = instant.toFormat('cccc d LLLL yyyy');
  return language === 'fr' ? `${day} à ${time(instant, 'fr')}` : `${day} at ${time(instant, 'en')}`;
}

/** A calendar date (YYYY-MM-DD) with no time: "11 mars 2027", "11 March 2027". */
export function formatDate(isoDate: string, language: Language): string {
  return at(isoDate, 'UTC', language).toFormat('d LLLL yyyy');
}

/**
 * When a meeting takes place, in the body's time zone, said whole:
 * "jeudi 11 mars 2027, de 14h00 à 17h00 (heure de Paris)".
 */
export function formatWhen(
  meeting: Pick<MeetingInfo, 'startsAt' | 'durationMinutes' | 'timeZone'>,
  language: Language,
): string {
  const start = at(meeting.startsAt, meeting.timeZone, language);
  const end = start.plus({ minutes: meeting.durationMinutes });
  const day = start.toFormat('cccc d LLLL yyyy');
  const city = zoneCity(meeting.timeZone);
  return language === 'fr'
    ? `${day}, de ${time(start, 'fr')} à ${time(end, 'fr')} (heure de ${city})`
    : `${day}, ${time(start, 'en')} to ${time(end, 'en')} (${city} time)`;
}

/**
 * Links to the web application's pages, which live under `/app` of the public address (PUBLIC_URL).
 * Parts of a page (agenda, attendance, minutes, a document) are anchors of the meeting page, so a
 * link lands on a page that exists and the page can scroll to the part.
 */
export function pageLinks(publicUrl: string) {
  const app = `${publicUrl.replace(/\/+$/, '')}/app`;
  const meeting = (meetingId: string) => `${app}/meetings/${meetingId}`;
  return {
    meeting,
    agenda: (meetingId: string) => `${meeting(meetingId)}#agenda`,
    attendance: (meetingId: string) => `${meeting(meetingId)}#attendance`,
    minutes: (meetingId: string) => `${meeting(meetingId)}#minutes`,
    document: (meetingId: string, documentId: string) => `${meeting(meetingId)}#document-${documentId}`,
    recommendation: (id: string) => `${app}/recommendations/${id}`,
    composition: (bodyId: string) => `${app}/bodies?body=${bodyId}`,
    account: () => `${app}/account`,
  };
}

export type PageLinks = ReturnType<typeof pageLinks>;
