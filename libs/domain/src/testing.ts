import { BODY_DEFAULTS, Category } from './body';
import { MeetingSlot } from './schedule';

/**
 * A body shaped like GRAM (10 + 5 + 5 seats, décret defaults), for the domain's own specs: GRAM's real
 * seed, with its address, lives in libs/db/src/seed/gram.ts. Not exported from the library.
 */
export const GRAM_LIKE = {
  ...BODY_DEFAULTS,
  categories: [
    { code: 'association', label: 'Associations', seats: 10 },
    { code: 'researcher', label: 'Chercheurs', seats: 5 },
    { code: 'administration', label: 'Administration', seats: 5 },
  ] satisfies Category[],
};

/** GRAM's slot without its address: the second Thursday of a quarter's last month at 14:00, Paris. */
export const QUARTERLY_SLOT: MeetingSlot = {
  weekday: 4,
  weekOfMonth: 2,
  monthOfQuarter: 3,
  time: '14:00',
  durationMinutes: 180,
  location: 'Salle du conseil',
  videoUrl: null,
  timeZone: 'Europe/Paris',
};
