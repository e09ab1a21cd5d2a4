import type {
  AgendaVersionEntity,
  BodyEntity,
  MeetingEntity,
  MembershipEntity,
  RecommendationEntity,
} from '@quorum/db';

/**
 * Quorum's public data shaped after OParl 1.1 (https://schema.oparl.org/1.1/). Only what is public
 * goes in: names (never e-mails), published agendas, recommendations past the vote. One function per
 * object type; each takes the base URL of the open-data API so that every id is a URL.
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

/** A meeting with the items of its latest published agenda; an unpublished agenda is not shown. */
export function oparlMeeting(base: string, m: MeetingEntity, agenda: AgendaVersionEntity | null): OparlObject {
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
    agendaItem: (agenda?.items ?? []).map((item) => ({
      id: `${at}/agenda-items/${item.id}`,
      type: TYPE('AgendaItem'),
      meeting: at,
      number: String(item.position + 1),
      order: item.position,
      name: item.title,
      public: true,
    })),
    created: m.createdAt.toISOString(),
    modified: m.updatedAt.toISOString(),
  };
}

/** A recommendation as a paper: its latest status as a keyword, its due date and owner when answered. */
export function oparlPaper(base: string, r: RecommendationEntity): OparlObject {
  return {
    id: `${base}/bodies/${r.bodyId}/papers/${r.id}`,
    type: TYPE('Paper'),
    body: `${base}/bodies/${r.bodyId}`,
    name: r.title,
    paperType: 'recommandation',
    date: r.createdAt.toISOString().slice(0, 10),
    keyword: [r.status, ...(r.owner ? [r.owner] : [])],
    created: r.createdAt.toISOString(),
    modified: r.updatedAt.toISOString(),
  };
}
