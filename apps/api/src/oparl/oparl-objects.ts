import type {
  AgendaVersionEntity,
  BodyEntity,
  MeetingEntity,
  MembershipEntity,
  PollEntity,
  PublicMinutesFile,
  RecommendationEntity,
} from '@quorum/db';
import type { AgendaItemSnapshot } from '@quorum/domain';

/**
 * Quorum's public data shaped after OParl 1.1 (https://schema.oparl.org/1.1/). Only what is public
 * goes in: names (never e-mails), published agendas, vote counts of closed polls (never a choice),
 * recommendations past the vote, the public copy of approved minutes. One function per object type;
 * each takes the base URL of the open-data API so that every id is a URL, and every id is of the form
 * `{base}/bodies/{bodyId}/{list}/{id}`, which answers GET with that object alone.
 */
const TYPE = (name: string) => `https://schema.oparl.org/1.1/${name}`;
export type OparlObject = Record<string, unknown> & { id: string; type: string };

export function oparlSystem(base: string): OparlObject {
  return {
    id: `${base}/system`,
    type: TYPE('System'),
    oparlVersion: 'https://schema.oparl.org/1.1/',
    body: `${base}/bodies`,
    name: 'Quorum',
    product: 'https://github.com/quorum-governance/quorum',
  };
}

export function oparlBody(base: string, b: BodyEntity): OparlObject {
  const at = `${base}/bodies/${b.id}`;
  return {
    id: at,
    type: TYPE('Body'),
    system: `${base}/system`,
    shortName: b.slug.toUpperCase(),
    name: b.name,
    organization: `${at}/organizations`,
    person: `${at}/people`,
    meeting: `${at}/meetings`,
    paper: `${at}/papers`,
    membership: `${at}/memberships`,
    agendaItem: `${at}/agenda-items`,
    consultation: `${at}/consultations`,
    file: `${at}/files`,
    legislativeTerm: [],
    created: b.createdAt.toISOString(),
    modified: b.updatedAt.toISOString(),
  };
}

/** The body itself as the one organisation its members belong to. */
export function oparlOrganization(base: string, b: BodyEntity, memberships: readonly MembershipEntity[]): OparlObject {
  return {
    id: `${base}/bodies/${b.id}/organizations/${b.id}`,
    type: TYPE('Organization'),
    body: `${base}/bodies/${b.id}`,
    name: b.name,
    shortName: b.slug.toUpperCase(),
    organizationType: 'Gremium',
    classification: 'consultative',
    membership: memberships.map((m) => `${base}/bodies/${b.id}/memberships/${m.id}`),
    meeting: `${base}/bodies/${b.id}/meetings`,
    memberCount: b.categories.reduce((sum, c) => sum + c.seats, 0),
  };
}

/** A person by name and organisation only: no e-mail, no phone, ever. */
export function oparlPerson(base: string, bodyId: string, m: MembershipEntity): OparlObject {
  return {
    id: `${base}/bodies/${bodyId}/people/${m.personId}`,
    type: TYPE('Person'),
    body: `${base}/bodies/${bodyId}`,
    name: m.person?.fullName ?? '',
    membership: [oparlMembership(base, bodyId, m)],
  };
}

export function oparlMembership(base: string, bodyId: string, m: MembershipEntity): OparlObject {
  return {
    id: `${base}/bodies/${bodyId}/memberships/${m.id}`,
    type: TYPE('Membership'),
    person: `${base}/bodies/${bodyId}/people/${m.personId}`,
    organization: `${base}/bodies/${bodyId}/organizations/${bodyId}`,
    role: m.role,
    votingRight: true,
    startDate: m.startDate,
    ...(m.endDate ? { endDate: m.endDate } : {}),
    keyword: [m.category],
  };
}

/** What a meeting's public record adds to its published agenda. */
export interface MeetingRecord {
  /** Closed polls of the meeting, in the order they were held. */
  polls: readonly PollEntity[];
  /** Recommendations born of the meeting's polls (their consultation is the poll's agenda item). */
  recommendations: readonly RecommendationEntity[];
  /** The public copy of the approved minutes, once there is one. */
  minutes: PublicMinutesFile | undefined;
}

/** A meeting with the items of its latest published agenda; an unpublished agenda is not shown. */
export function oparlMeeting(
  base: string,
  m: MeetingEntity,
  agenda: AgendaVersionEntity | null,
  record: MeetingRecord,
): OparlObject {
  const at = `${base}/bodies/${m.bodyId}/meetings/${m.id}`;
  const end = new Date(m.startsAt.getTime() + m.durationMinutes * 60_000);
  return {
    id: at,
    type: TYPE('Meeting'),
    name: m.title,
    meetingState: m.status,
    cancelled: m.status === 'cancelled',
    start: m.startsAt.toISOString(),
    end: end.toISOString(),
    organization: [`${base}/bodies/${m.bodyId}/organizations/${m.bodyId}`],
    ...(record.minutes ? { resultsProtocol: oparlFile(base, m.bodyId, record.minutes) } : {}),
    agendaItem: (agenda?.items ?? []).map((item) => oparlAgendaItem(base, m, item, record)),
    created: m.createdAt.toISOString(),
    modified: m.updatedAt.toISOString(),
  };
}

/** Popolo's name for an outcome (`pass`, `fail`); a poll closed without quorum decided nothing. */
const POPOLO_RESULT = { adopted: 'pass', rejected: 'fail', no_quorum: 'no_quorum' } as const;

/**
 * An item of a published agenda. OParl has no vote object: `result` is the outcome of the item's
 * last closed poll (the main motion, voted after its amendments) and the vendor extension
 * `quorum:voteEvents` gives each closed poll as a Popolo VoteEvent with its counts — counts only,
 * never who chose what (docs/decisions/open-data-vote-counts.md).
 */
export function oparlAgendaItem(
  base: string,
  m: MeetingEntity,
  item: AgendaItemSnapshot,
  record: MeetingRecord,
): OparlObject {
  const polls = record.polls.filter((p) => p.agendaItemId === item.id && p.status === 'closed' && p.result);
  const pollIds = new Set(polls.map((p) => p.id));
  const consulted = record.recommendations.find((r) => r.pollId !== null && pollIds.has(r.pollId));
  const last = polls.at(-1)?.result;
  return {
    id: `${base}/bodies/${m.bodyId}/agenda-items/${item.id}`,
    type: TYPE('AgendaItem'),
    meeting: `${base}/bodies/${m.bodyId}/meetings/${m.id}`,
    number: String(item.position + 1),
    order: item.position,
    name: item.title,
    public: true,
    ...(consulted ? { consultation: `${base}/bodies/${m.bodyId}/consultations/${consulted.id}` } : {}),
    ...(last ? { result: last.outcome } : {}),
    ...(polls.length > 0
      ? {
          'quorum:voteEvents': polls.map((p) => ({
            identifier: p.id,
            motion: { text: p.question },
            ...(p.openedAt ? { start_date: p.openedAt.toISOString() } : {}),
            ...(p.closedAt ? { end_date: p.closedAt.toISOString() } : {}),
            result: POPOLO_RESULT[p.result!.outcome],
            counts: [
              { option: 'yes', value: p.result!.yes },
              { option: 'no', value: p.result!.no },
              { option: 'abstain', value: p.result!.abstain },
            ],
            'quorum:eligible': p.result!.eligible,
          })),
        }
      : {}),
  };
}

/**
 * Where a recommendation was considered: the agenda item whose poll adopted it. A recommendation
 * recorded by the secretariat from a vote held outside Quorum has none.
 */
export function oparlConsultation(
  base: string,
  r: RecommendationEntity,
  poll: Pick<PollEntity, 'agendaItemId'> | undefined,
): OparlObject | undefined {
  if (!r.meetingId || !poll) return undefined;
  const body = `${base}/bodies/${r.bodyId}`;
  return {
    id: `${body}/consultations/${r.id}`,
    type: TYPE('Consultation'),
    paper: `${body}/papers/${r.id}`,
    meeting: `${body}/meetings/${r.meetingId}`,
    agendaItem: `${body}/agenda-items/${poll.agendaItemId}`,
    organization: [`${body}/organizations/${r.bodyId}`],
    authoritative: true,
    role: 'décision',
    created: r.createdAt.toISOString(),
    modified: r.createdAt.toISOString(),
  };
}

/** The public copy of approved minutes: downloadable without login at its stable address. */
export function oparlFile(base: string, bodyId: string, f: PublicMinutesFile): OparlObject {
  const origin = base.replace(/\/oparl\/v1$/, '');
  const url = `${origin}/public/minutes/${f.versionId}.pdf`;
  return {
    id: `${base}/bodies/${bodyId}/files/${f.versionId}`,
    type: TYPE('File'),
    name: `Procès-verbal — ${f.meetingTitle}`,
    fileName: `minutes-${f.versionId}-public.pdf`,
    mimeType: 'application/pdf',
    ...(f.approvedAt ? { date: f.approvedAt.slice(0, 10) } : {}),
    size: f.size,
    accessUrl: url,
    downloadUrl: url,
    meeting: [`${base}/bodies/${bodyId}/meetings/${f.meetingId}`],
    keyword: ['procès-verbal', f.language],
    'quorum:sha256Checksum': f.sha256,
    'quorum:pages': f.pages,
    created: f.storedAt.toISOString(),
    modified: f.storedAt.toISOString(),
  };
}

/** A recommendation as a paper: its latest status as a keyword, its owner when answered, where it was voted. */
export function oparlPaper(base: string, r: RecommendationEntity, consultation: OparlObject | undefined): OparlObject {
  return {
    id: `${base}/bodies/${r.bodyId}/papers/${r.id}`,
    type: TYPE('Paper'),
    body: `${base}/bodies/${r.bodyId}`,
    name: r.title,
    paperType: 'recommandation',
    date: r.createdAt.toISOString().slice(0, 10),
    keyword: [r.status, ...(r.owner ? [r.owner] : [])],
    ...(consultation ? { consultation: [consultation] } : {}),
    created: r.createdAt.toISOString(),
    modified: r.updatedAt.toISOString(),
  };
}
