import { majorityRequirement } from '@quorum/domain';
import type { BallotChoice, MinutesDocument, MinutesItem, MinutesMember, RollCallBallot } from './minutes-document';

const member = (
  fullName: string,
  organisation: string,
  category: string,
  status: MinutesMember['status'],
  extra: Partial<MinutesMember> = {},
): MinutesMember => ({ fullName, organisation, category, role: 'member', status, proxyHolder: null, ...extra });

/** GRAM's twenty members at its first meeting of 2027: 15 attend (2 remote), 3 give a proxy, 1 excused, 1 absent. */
const MEMBERS: MinutesMember[] = [
  member('Françoise Lefèvre', 'AFM-Téléthon', 'association', 'present', { role: 'chair' }),
  member('Jérôme Bénard', 'France Alzheimer', 'association', 'present'),
  member('Hélène Caumartin', 'Vaincre la Mucoviscidose', 'association', 'remote'),
  member('Noël Ménétrier', 'Association François Aupetit', 'association', 'excused', { proxyHolder: 'Jérôme Bénard' }),
  member('Gaëlle Poirée', 'Ligue contre le cancer', 'association', 'present'),
  member('Zoé Lemaître-Daguerre', 'AIDES', 'association', 'present'),
  member('Amélie Béranger', 'Alliance Maladies Rares', 'association', 'excused', { proxyHolder: 'Gaëlle Poirée' }),
  member('Ismaël Haddad', 'Fédération française des diabétiques', 'association', 'present'),
  member('Maëlle Quéré', 'France Parkinson', 'association', 'absent'),
  member('Benoît Chrétien', 'Unafam', 'association', 'present'),
  member('Étienne Moreau-Gérard', 'Inserm U1018, Villejuif', 'researcher', 'present', { role: 'vice_chair' }),
  member('Léa Cœurdevey', 'Institut Pasteur', 'researcher', 'present'),
  member('Raphaël Nguyen', 'Inserm U1153, Paris', 'researcher', 'remote'),
  member('Sébastien Gaultier', 'CHU de Nantes', 'researcher', 'excused', { proxyHolder: 'Étienne Moreau-Gérard' }),
  member('Agnès Lévêque', 'Inserm U1219, Bordeaux', 'researcher', 'present'),
  member('Thérèse Marchand', 'Direction générale de l’Inserm', 'administration', 'present'),
  member('Grégoire Vézina', 'Département des partenariats et des relations extérieures', 'administration', 'present'),
  member('Solène Brûlé', 'Mission Inserm Associations', 'administration', 'present'),
  member('Anaïs Froissart', 'Pôle recherche clinique', 'administration', 'excused'),
  member(
    'Yves Ducœur',
    'Département de l’information scientifique et de la communication',
    'administration',
    'present',
  ),
];

/** The roll call of item 3: every attending member, and each proxy holder once more for the member they represent. */
function rollCall(choices: Record<string, BallotChoice>): RollCallBallot[] {
  const ballots: RollCallBallot[] = [];
  for (const m of MEMBERS.filter((x) => x.status === 'present' || x.status === 'remote')) {
    ballots.push({ fullName: m.fullName, choice: choices[m.fullName] ?? 'yes', onBehalfOf: null });
    for (const represented of MEMBERS.filter((x) => x.proxyHolder === m.fullName)) {
      ballots.push({
        fullName: m.fullName,
        choice: choices[represented.fullName] ?? 'yes',
        onBehalfOf: represented.fullName,
      });
    }
  }
  return ballots;
}

const CHARTER_BALLOTS = rollCall({
  'Benoît Chrétien': 'no',
  'Ismaël Haddad': 'no',
  'Amélie Béranger': 'no',
  'Thérèse Marchand': 'abstain',
  'Solène Brûlé': 'abstain',
});

/** Members sitting that day: the base of an absolute majority. */
const SITTING = MEMBERS.length;

const count = (choice: BallotChoice) => CHARTER_BALLOTS.filter((b) => b.choice === choice).length;

const ITEMS: MinutesItem[] = [
  {
    title: 'Approbation du procès-verbal de la réunion du 10 décembre 2026',
    kind: 'decision',
    presenter: 'Françoise Lefèvre',
    summary: [
      {
        text: 'Le projet de procès-verbal a été transmis aux membres avec la convocation. Aucune remarque n’a été formulée.',
      },
    ],
    recusals: [],
    polls: [
      {
        question: 'Approuvez-vous le procès-verbal de la réunion du 10 décembre 2026 ?',
        method: 'show_of_hands',
        majority: 'simple',
        result: {
          yes: 17,
          no: 0,
          abstain: 1,
          cast: 18,
          eligible: 18,
          outcome: 'adopted',
          counted: majorityRequirement('simple', { yes: 17, no: 0, abstain: 1 }, SITTING),
        },
      },
    ],
    decisions: [{ text: 'Le procès-verbal de la réunion du 10 décembre 2026 est approuvé.' }],
    dissents: [],
  },
  {
    title: 'Point d’étape sur la stratégie de partenariat avec les associations',
    kind: 'information',
    presenter: 'Grégoire Vézina',
    summary: [
      {
        text: 'Grégoire Vézina présente le bilan 2026 : 37 associations ont participé à au moins un comité de pilotage de projet ; l’appel « Science avec et pour la société » a retenu 12 projets co-construits, pour un budget de 450\u202f000\u00a0€.',
      },
      {
        text: 'Les membres saluent la progression mais regrettent que les délais de réponse restent trop courts pour des bénévoles : les associations demandent au moins six semaines entre la publication et la clôture des appels.',
      },
      {
        text: 'Hélène Caumartin indique qu’une hospitalisation récente l’a empêchée de relire les dossiers de l’automne ; elle souhaite que la relecture soit partagée entre plusieurs membres.',
        private: true,
      },
    ],
    recusals: [],
    polls: [],
    decisions: [],
    dissents: [],
  },
  {
    title: 'Avis du GRAM sur la charte de participation des patients à la recherche',
    kind: 'decision',
    presenter: 'Étienne Moreau-Gérard',
    summary: [
      {
        text: 'Le groupe de travail présente la version finale de la charte, qui fixe les engagements réciproques des équipes de recherche et des patients partenaires : information, formation, défraiement, reconnaissance dans les publications.',
      },
      {
        text: 'Le débat porte sur le défraiement : plusieurs représentants des associations jugent le forfait proposé (80\u00a0€ par demi-journée) insuffisant pour les personnes qui doivent être accompagnées.',
      },
    ],
    recusals: [],
    polls: [
      {
        question: 'Le GRAM émet-il un avis favorable à la charte de participation des patients à la recherche ?',
        method: 'roll_call',
        majority: 'simple',
        result: {
          yes: count('yes'),
          no: count('no'),
          abstain: count('abstain'),
          cast: CHARTER_BALLOTS.length,
          eligible: CHARTER_BALLOTS.length,
          outcome: 'adopted',
          counted: majorityRequirement(
            'simple',
            { yes: count('yes'), no: count('no'), abstain: count('abstain') },
            SITTING,
          ),
        },
        ballots: CHARTER_BALLOTS,
      },
    ],
    decisions: [
      {
        text: 'Le GRAM émet un avis favorable à la charte et recommande à la direction générale de réévaluer le forfait de défraiement d’ici la fin de 2027.',
      },
    ],
    dissents: [
      {
        fullName: 'Benoît Chrétien',
        text: 'Unafam vote contre : sans prise en charge des accompagnants, la charte exclut de fait les personnes vivant avec un handicap psychique.',
      },
    ],
  },
  {
    title: 'Désignation du représentant du GRAM au comité d’évaluation éthique',
    kind: 'decision',
    presenter: 'Françoise Lefèvre',
    summary: [
      {
        text: 'Une candidature a été reçue, celle d’Agnès Lévêque, qui présente ses motivations puis quitte la salle.',
      },
    ],
    recusals: [{ fullName: 'Agnès Lévêque', reason: 'candidate à la désignation' }],
    polls: [
      {
        question: 'Désignez-vous Agnès Lévêque pour représenter le GRAM au comité d’évaluation éthique ?',
        method: 'secret',
        majority: 'absolute',
        result: {
          yes: 11,
          no: 2,
          abstain: 4,
          cast: 17,
          eligible: 17,
          outcome: 'adopted',
          counted: majorityRequirement('absolute', { yes: 11, no: 2, abstain: 4 }, SITTING),
        },
      },
    ],
    decisions: [{ text: 'Agnès Lévêque est désignée pour représenter le GRAM au comité d’évaluation éthique.' }],
    dissents: [],
  },
];

/**
 * A realistic GRAM meeting (accents, proxies, guests, a roll-call and a secret poll, a private
 * passage), as the worker would build it: the fixture of the renderer's tests and of the sample PDF.
 */
export function sampleMinutesDocument(overrides: Partial<MinutesDocument> = {}): MinutesDocument {
  return {
    language: 'fr',
    version: 2,
    draftSha256: '3f1c9a7be05d42c8a61f0e9d27b4c58e1a6d0b39c7f2e84a5d1b6c0e9f3a27d4',
    renderedAt: '2027-03-18T09:00:00.000Z',
    body: {
      name: 'GRAM — Groupe de réflexion avec les associations de malades',
      slug: 'gram',
      categories: [
        { code: 'association', label: 'Représentants des associations de malades' },
        { code: 'researcher', label: 'Chercheurs' },
        { code: 'administration', label: 'Représentants de l’administration de l’Inserm' },
      ],
    },
    meeting: {
      title: 'Réunion du premier trimestre 2027',
      quarter: '2027-Q1',
      startsAt: '2027-03-11T13:30:00.000Z',
      durationMinutes: 180,
      location: 'Inserm, 101 rue de Tolbiac, 75013 Paris — salle Claude-Bernard',
      videoUrl: 'https://visio.inserm.fr/gram-2027-t1',
      timeZone: 'Europe/Paris',
      reconvened: false,
    },
    attendance: {
      members: MEMBERS,
      guests: [
        { fullName: 'Marc-Antoine Rougé', organisation: 'Haute Autorité de santé' },
        { fullName: 'Clémence Jourdain-Sérès', organisation: 'ANRS Maladies infectieuses émergentes' },
      ],
    },
    quorum: {
      sitting: 20,
      required: 10,
      present: 15,
      represented: 3,
      met: true,
      byCategory: {
        association: { sitting: 10, present: 7, represented: 2, met: true },
        researcher: { sitting: 5, present: 4, represented: 1, met: true },
        administration: { sitting: 5, present: 4, represented: 0, met: true },
      },
    },
    opening: [
      {
        text: 'La séance est ouverte à 14 h 35 par Françoise Lefèvre, qui accueille les deux invités et rappelle que les débats sont enregistrés pour la seule rédaction du procès-verbal.',
      },
    ],
    items: ITEMS,
    otherBusiness: [
      {
        text: 'Zoé Lemaître-Daguerre propose d’inscrire à la prochaine réunion un point sur l’accessibilité des documents de l’Inserm aux personnes malvoyantes ; la présidence accepte.',
      },
    ],
    actions: [
      {
        title: 'Proposer un calendrier des appels à projets laissant six semaines aux associations',
        assignee: 'Grégoire Vézina',
        dueDate: '2027-05-31',
      },
      {
        title: 'Chiffrer la prise en charge des accompagnants dans le forfait de défraiement',
        assignee: 'Thérèse Marchand',
        dueDate: '2027-06-15',
      },
      {
        title: 'Organiser une relecture partagée des dossiers de l’automne',
        assignee: 'Solène Brûlé',
        dueDate: null,
        private: true,
      },
    ],
    approval: { status: 'draft' },
    ...overrides,
  };
}

/** The sample meeting with `count` agenda items (the sample's four, repeated): a long document for the determinism test. */
export function longMinutesDocument(count: number): MinutesDocument {
  const base = sampleMinutesDocument();
  const items = Array.from({ length: count }, (_, i) => {
    const item = ITEMS[i % ITEMS.length];
    return { ...item, title: `${item.title} (${i + 1})` };
  });
  return { ...base, items };
}
