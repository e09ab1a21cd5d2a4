import type { AgendaItemKind, Majority, MajorityRequirement, MembershipRole } from '@quorum/domain';
import type { BallotChoice, MinutesLanguage, MinutesPoll, PollOutcome } from './minutes-document';

/** Every word the minutes print that does not come from the record: one catalogue per language. */
export interface MinutesLabels {
  /** BCP 47 locale for dates and numbers. */
  locale: string;
  minutes: string;
  draft: string;
  publicCopy: string;
  date: string;
  time: string;
  duration: string;
  place: string;
  videoLink: string;
  reconvened: string;
  attendance: string;
  present: string;
  excused: string;
  absent: string;
  guests: string;
  remote: string;
  none: string;
  role: Record<Exclude<MembershipRole, 'member'>, string>;
  proxyTo: (holder: string) => string;
  noProxy: string;
  quorum: string;
  college: string;
  sitting: string;
  required: string;
  presentOrRemote: string;
  represented: string;
  quorumMet: string;
  quorumNotMet: string;
  quorumWaived: string;
  opening: string;
  agenda: string;
  kind: Record<AgendaItemKind, string>;
  presenter: string;
  recusal: (name: string, reason: string) => string;
  method: Record<MinutesPoll['method'], string>;
  majority: Record<Majority, string>;
  choice: Record<BallotChoice, string>;
  cast: string;
  eligible: string;
  /** How the majority counted the ballots, numbers already formatted. */
  counted: (
    c: Record<keyof MajorityRequirement, string> & { base: MajorityRequirement['base'] },
    one: boolean,
  ) => string;
  outcome: Record<PollOutcome, string>;
  castingVote: string;
  secretNote: string;
  rollCall: string;
  member: string;
  vote: string;
  byProxyFor: (name: string) => string;
  decision: string;
  dissentOf: (name: string) => string;
  quote: (text: string) => string;
  privatePassage: string;
  privateMark: string;
  otherBusiness: string;
  actions: string;
  action: string;
  assignee: string;
  dueDate: string;
  approval: string;
  approvedAt: (meeting: string, date: string) => string;
  signedBy: (chair: string, date: string) => string;
  notApproved: string;
  version: (n: number) => string;
  draftSha256: string;
  pageOf: (page: number, pages: number) => string;
  minutesDuration: (minutes: number) => string;
}

/** "3 h", "1 h 30": how both languages print a duration here. */
function hoursAndMinutes(minutes: number): string {
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${String(rest).padStart(2, '0')}`;
}

const fr: MinutesLabels = {
  locale: 'fr-FR',
  minutes: 'Procès-verbal',
  draft: 'Projet — non approuvé',
  publicCopy: 'Copie publique',
  date: 'Date',
  time: 'Heure',
  duration: 'Durée prévue',
  place: 'Lieu',
  videoLink: 'Visioconférence',
  reconvened:
    'Réunion convoquée à nouveau sur le même ordre du jour, faute de quorum lors de la précédente : elle délibère sans condition de quorum.',
  attendance: 'Participants',
  present: 'Membres présents',
  excused: 'Membres excusés',
  absent: 'Membres absents',
  guests: 'Invités',
  remote: 'à distance',
  none: 'Aucun.',
  role: { chair: 'présidence', vice_chair: 'vice-présidence' },
  proxyTo: (holder) => `pouvoir donné à ${holder}`,
  noProxy: 'sans pouvoir',
  quorum: 'Quorum',
  college: 'Collège',
  sitting: 'Membres en exercice',
  required: 'Quorum requis',
  presentOrRemote: 'Présents ou à distance',
  represented: 'Représentés',
  quorumMet: 'Le quorum est atteint : le groupe peut valablement délibérer.',
  quorumNotMet: 'Le quorum n’est pas atteint : le groupe ne peut pas délibérer.',
  quorumWaived: 'Réunion tenue sans condition de quorum.',
  opening: 'Ouverture de la séance',
  agenda: 'Ordre du jour',
  kind: { information: 'Information', discussion: 'Discussion', decision: 'Délibération' },
  presenter: 'Présentation',
  recusal: (name, reason) => `${name} ne prend part ni au débat ni au vote (${reason}).`,
  method: {
    show_of_hands: 'Vote à main levée',
    roll_call: 'Vote par appel nominal',
    secret: 'Vote à bulletin secret',
  },
  majority: {
    simple: 'majorité des suffrages exprimés',
    absolute: 'majorité absolue des membres en exercice',
    two_thirds: 'majorité des deux tiers',
    unanimity: 'unanimité',
  },
  choice: { yes: 'Pour', no: 'Contre', abstain: 'Abstention' },
  cast: 'Bulletins',
  eligible: 'Votants inscrits',
  counted: ({ base, of, needed }, one) =>
    base === 'sitting'
      ? `Membres en exercice : ${of} ; ${needed} voix pour ${one ? 'requise' : 'requises'} (une abstention pèse comme un vote contre).`
      : `Suffrages exprimés (pour et contre, abstentions non comptées) : ${of} ; ${needed} voix pour ${one ? 'requise' : 'requises'}.`,
  outcome: { adopted: 'Adopté', rejected: 'Rejeté', no_quorum: 'Non délibéré, faute de quorum' },
  castingVote: 'La voix de la présidence a été prépondérante.',
  secretNote: 'Scrutin secret : seuls les totaux sont consignés.',
  rollCall: 'Détail du vote nominal',
  member: 'Membre',
  vote: 'Vote',
  byProxyFor: (name) => `par procuration ${/^[aeiouyàâéèêëîïôûœ]/i.test(name) ? 'd’' : 'de '}${name}`,
  decision: 'Décision',
  dissentOf: (name) => `Opinion divergente de ${name}`,
  quote: (text) => `« ${text} »`,
  privatePassage: 'Passage confidentiel, omis de la copie publique',
  privateMark: 'confidentiel',
  otherBusiness: 'Questions diverses',
  actions: 'Relevé des actions',
  action: 'Action',
  assignee: 'Responsable',
  dueDate: 'Échéance',
  approval: 'Approbation',
  approvedAt: (meeting, date) => `Procès-verbal approuvé lors de la réunion « ${meeting} » du ${date}.`,
  signedBy: (chair, date) => `Signé le ${date} par ${chair}, au titre de la présidence.`,
  notApproved: 'Projet de procès-verbal, non encore approuvé. Il sera soumis à l’approbation de la prochaine réunion.',
  version: (n) => `Version ${n}`,
  draftSha256: 'Empreinte SHA-256 des données',
  pageOf: (page, pages) => `Page ${page} sur ${pages}`,
  minutesDuration: hoursAndMinutes,
};

const en: MinutesLabels = {
  locale: 'en-GB',
  minutes: 'Minutes',
  draft: 'Draft — not approved',
  publicCopy: 'Public copy',
  date: 'Date',
  time: 'Time',
  duration: 'Planned duration',
  place: 'Place',
  videoLink: 'Video conference',
  reconvened:
    'Meeting reconvened on the same agenda after the previous one lacked a quorum: it deliberates without a quorum.',
  attendance: 'Attendance',
  present: 'Members present',
  excused: 'Members excused',
  absent: 'Members absent',
  guests: 'Guests',
  remote: 'remote',
  none: 'None.',
  role: { chair: 'chair', vice_chair: 'vice-chair' },
  proxyTo: (holder) => `proxy given to ${holder}`,
  noProxy: 'no proxy',
  quorum: 'Quorum',
  college: 'College',
  sitting: 'Sitting members',
  required: 'Quorum required',
  presentOrRemote: 'Present or remote',
  represented: 'Represented',
  quorumMet: 'The quorum is met: the body may deliberate.',
  quorumNotMet: 'The quorum is not met: the body may not deliberate.',
  quorumWaived: 'Meeting held without a quorum requirement.',
  opening: 'Opening of the meeting',
  agenda: 'Agenda',
  kind: { information: 'Information', discussion: 'Discussion', decision: 'Decision' },
  presenter: 'Presenter',
  recusal: (name, reason) => `${name} takes no part in the debate or the vote (${reason}).`,
  method: { show_of_hands: 'Show of hands', roll_call: 'Roll-call vote', secret: 'Secret ballot' },
  majority: {
    simple: 'majority of votes expressed',
    absolute: 'absolute majority of sitting members',
    two_thirds: 'two-thirds majority',
    unanimity: 'unanimity',
  },
  choice: { yes: 'Yes', no: 'No', abstain: 'Abstain' },
  cast: 'Ballots cast',
  eligible: 'Eligible voters',
  counted: ({ base, of, needed }) =>
    base === 'sitting'
      ? `Sitting members: ${of}; ${needed} yes needed (an abstention weighs as a no).`
      : `Votes expressed (yes and no, abstentions aside): ${of}; ${needed} yes needed.`,
  outcome: { adopted: 'Adopted', rejected: 'Rejected', no_quorum: 'Not decided: no quorum' },
  castingVote: 'The chair’s casting vote decided.',
  secretNote: 'Secret ballot: only the totals are recorded.',
  rollCall: 'Roll-call detail',
  member: 'Member',
  vote: 'Vote',
  byProxyFor: (name) => `by proxy for ${name}`,
  decision: 'Decision',
  dissentOf: (name) => `Dissent of ${name}`,
  quote: (text) => `“${text}”`,
  privatePassage: 'Private passage, left out of the public copy',
  privateMark: 'private',
  otherBusiness: 'Other business',
  actions: 'Actions',
  action: 'Action',
  assignee: 'Assignee',
  dueDate: 'Due date',
  approval: 'Approval',
  approvedAt: (meeting, date) => `Minutes approved at the meeting “${meeting}” of ${date}.`,
  signedBy: (chair, date) => `Signed on ${date} by ${chair}, as chair.`,
  notApproved: 'Draft minutes, not yet approved. They will be submitted to the next meeting for approval.',
  version: (n) => `Version ${n}`,
  draftSha256: 'SHA-256 of the data',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  minutesDuration: hoursAndMinutes,
};

const CATALOGUES: Record<MinutesLanguage, MinutesLabels> = { fr, en };

export function labelsFor(language: MinutesLanguage): MinutesLabels {
  return CATALOGUES[language];
}
