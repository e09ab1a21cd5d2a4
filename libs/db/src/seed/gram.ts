import { BODY_DEFAULTS, Category, MeetingSlot } from '@quorum/domain';

/**
 * Inserm's GRAM as DESIGN.md describes it: the body seeded on every fresh database (migrations write
 * these values out, as a migration never changes) and whose slot a new body takes unless told otherwise.
 */
export const GRAM = {
  ...BODY_DEFAULTS,
  slug: 'gram',
  name: 'GRAM — Groupe de réflexion avec les associations de malades',
  categories: [
    { code: 'association', label: 'Représentants des associations de malades', seats: 10 },
    { code: 'researcher', label: 'Chercheurs', seats: 5 },
    { code: 'administration', label: 'Représentants de l’administration de l’Inserm', seats: 5 },
  ] satisfies Category[],
  /** The second Thursday of a quarter's last month, 14:00 to 17:00, at Inserm's head office. */
  meetingSlot: {
    weekday: 4,
    weekOfMonth: 2,
    monthOfQuarter: 3,
    time: '14:00',
    durationMinutes: 180,
    location: 'Inserm, 101 rue de Tolbiac, 75013 Paris',
    videoUrl: null,
    timeZone: 'Europe/Paris',
  } satisfies MeetingSlot,
} as const;
