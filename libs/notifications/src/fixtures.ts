import type { Convocation, MeetingInfo, Recipient } from './notification';

/** Test data: a GRAM meeting on a winter afternoon, 14:00 in Paris (13:00 UTC). */
export function aGramMeeting(overrides: Partial<MeetingInfo> = {}): MeetingInfo {
  return {
    id: '0b7e7d5e-4c1a-4f7e-9a51-3f5a2b8c9d10',
    title: 'Réunion du 1er trimestre 2027',
    bodyName: 'GRAM',
    startsAt: '2027-03-11T13:00:00.000Z',
    durationMinutes: 180,
    location: 'Inserm, 101 rue de Tolbiac, Paris 13e, salle 310',
    videoUrl: 'https://visio.example.org/gram-2027-q1',
    timeZone: 'Europe/Paris',
    sequence: 1,
    ...overrides,
  };
}

export function aConvocation(overrides: Partial<Convocation> = {}): Convocation {
  return {
    kind: 'convocation',
    meeting: aGramMeeting(),
    urgentReason: null,
    agenda: [
      {
        title: 'Approbation du compte rendu de la réunion précédente',
        kind: 'decision',
        presenter: null,
        durationMinutes: 10,
        documents: [{ id: '5d2f9a1c-7b3e-4e58-8c1d-2a9f6e4b3c70', name: 'Compte rendu du 10 décembre 2026.pdf' }],
      },
      {
        title: 'Place des associations dans les essais cliniques',
        kind: 'discussion',
        presenter: 'Claire Martin',
        durationMinutes: 60,
        documents: [],
      },
    ],
    ...overrides,
  };
}

export const MARIE: Recipient = { name: 'Marie Dupont', email: 'marie.dupont@example.org', language: 'fr' };
export const JOHN: Recipient = { name: 'John Smith', email: 'john.smith@example.org', language: 'en' };
export const ORGANIZER = { name: 'Secrétariat du GRAM', email: 'gram@quorum.example.org' };
export const PUBLIC_URL = 'https://quorum.example.org';
