import type { Convocation, MeetingInfo, Notification, Recipient } from './notification';

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

/** One notification of every kind, about the same meeting where it concerns one. */
export function oneOfEachKind(): Notification[] {
  const meeting = aGramMeeting();
  return [
    aConvocation(),
    {
      kind: 'meeting_moved',
      meeting: aGramMeeting({ startsAt: '2027-03-18T13:00:00.000Z', sequence: 2 }),
      previousStartsAt: meeting.startsAt,
      previousLocation: meeting.location,
    },
    { kind: 'meeting_cancelled', meeting: aGramMeeting({ sequence: 3 }), reason: 'Grève des transports' },
    {
      kind: 'agenda_republished',
      meeting,
      version: 2,
      changeNote: 'Un point ajouté à la demande d’un membre',
      added: ['Budget 2027'],
      removed: [],
      changed: ['Essais cliniques'],
    },
    { kind: 'meeting_reminder', meeting, agenda: aConvocation().agenda },
    { kind: 'proxy_given', meeting, giver: 'Paul Bernard' },
    { kind: 'proxy_withdrawn', meeting, giver: 'Paul Bernard' },
    { kind: 'minutes_awaiting_review', meeting, version: 1 },
    { kind: 'minutes_published', meeting, version: 2, approvedOn: '2027-06-10' },
    {
      kind: 'recommendation_answered',
      bodyName: 'GRAM',
      recommendation: { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', title: 'Former les chercheurs au partenariat' },
      status: 'partially_accepted',
      response: 'Une formation pilote ouvrira en 2028.',
      owner: 'Direction de la recherche',
      dueDate: '2028-01-31',
    },
    {
      kind: 'mandates_ending',
      bodyId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      bodyName: 'GRAM',
      mandates: [
        { personName: 'Claire Martin', categoryLabel: 'Associations', endDate: '2027-05-31', renewable: true },
        { personName: 'Luc Petit', categoryLabel: 'Chercheurs', endDate: '2027-04-30', renewable: false },
      ],
    },
  ];
}
