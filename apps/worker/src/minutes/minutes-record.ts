import { AttendanceStatus, DraftPassage, MembershipRole, meetingQuorum, Quorum } from '@quorum/domain';
import { MinutesVersionEntity, Repositories } from '@quorum/db';
import { MinutesDocument, MinutesItem, MinutesQuorum, Passage } from '@quorum/minutes';
import { votesOfMeeting } from './minutes-votes';

const passages = (list: DraftPassage[]): Passage[] =>
  list.map((p) => (p.private ? { text: p.text, private: true } : { text: p.text }));

/**
 * Builds the document of one minutes version from the meeting record (attendance by college as the
 * body lists it, proxies, guests, the quorum, the agenda as published) and the draft frozen in the
 * version. It reads no clock: the same version always gives the same document, hence the same bytes.
 */
export async function minutesDocumentOf(
  repos: Repositories,
  version: MinutesVersionEntity,
  options: { approved: boolean },
): Promise<MinutesDocument> {
  const { meeting, body } = await repos.meetings.withBody(version.meetingId);
  const [roll, guests, agenda] = await Promise.all([
    repos.attendance.roll(meeting, body),
    repos.guests.ofMeeting(meeting.id),
    repos.minutes.agendaAsHeld(meeting.id),
  ]);
  const names = new Map(roll.sitting.map((m) => [m.membershipId, m.fullName]));
  const records = new Map(roll.attendance.map((a) => [a.membershipId, a]));
  const draft = version.draft;
  const draftItems = new Map(draft.items.map((item) => [item.agendaItemId, item]));
  const order = new Map(body.categories.map((c, i) => [c.code, i]));
  const sitting = [...roll.sitting].sort((a, b) => (order.get(a.category) ?? 99) - (order.get(b.category) ?? 99));
  const votes = await votesOfMeeting(
    repos,
    meeting.id,
    agenda.map((item) => item.id),
    names,
    roll.sitting.length,
  );

  const items: MinutesItem[] = [...agenda]
    .sort((a, b) => a.position - b.position)
    .map((item) => {
      const written = draftItems.get(item.id);
      return {
        title: item.title,
        kind: item.kind,
        presenter: item.presenter,
        summary: passages(written?.summary ?? []),
        recusals: votes.get(item.id)?.recusals ?? [],
        polls: votes.get(item.id)?.polls ?? [],
        decisions: passages(written?.decisions ?? []),
        dissents: (written?.dissents ?? []).map((d) => ({
          fullName: names.get(d.membershipId) ?? '—',
          text: d.text,
          ...(d.private ? { private: true } : {}),
        })),
      };
    });

  const approval = version.approval;
  return {
    language: version.language,
    version: version.number,
    draftSha256: version.draftSha256,
    renderedAt: options.approved && approval ? approval.approvedAt : version.requestedAt.toISOString(),
    body: {
      name: body.name,
      slug: body.slug,
      categories: body.categories.map((c) => ({ code: c.code, label: c.label })),
    },
    meeting: {
      title: meeting.title,
      quarter: meeting.quarter,
      startsAt: meeting.startsAt.toISOString(),
      durationMinutes: meeting.durationMinutes,
      location: meeting.location,
      videoUrl: meeting.videoUrl,
      timeZone: body.meetingSlot.timeZone,
      reconvened: !meeting.quorumRequired,
    },
    attendance: {
      members: sitting.map((m) => {
        const record = records.get(m.membershipId);
        const holder = record?.proxyHolderMembershipId;
        return {
          fullName: m.fullName,
          organisation: m.organisation,
          category: m.category,
          role: m.role as MembershipRole,
          // A member of whom nothing was recorded did not attend.
          status: (record?.status ?? 'absent') as AttendanceStatus,
          proxyHolder: holder ? (names.get(holder) ?? null) : null,
        };
      }),
      guests: guests.map((g) => ({ fullName: g.fullName, organisation: g.organisation })),
    },
    // The quorum as it stood at the close; for a sitting not closed yet, as it stands.
    quorum: toMinutesQuorum(meeting.quorumAtClose ?? meetingQuorum(body, meeting, roll), roll.sitting.length),
    opening: passages(draft.opening),
    items,
    otherBusiness: passages(draft.otherBusiness),
    actions: draft.actions.map((a) => ({
      title: a.title,
      assignee: a.assignee,
      dueDate: a.dueDate,
      ...(a.private ? { private: true } : {}),
    })),
    approval:
      options.approved && approval
        ? {
            status: 'approved',
            meetingTitle: approval.meetingTitle,
            approvedOn: approval.meetingStartsAt,
            chair: approval.chair,
            signedAt: approval.approvedAt,
          }
        : { status: 'draft' },
  };
}

function toMinutesQuorum(quorum: Quorum, sitting: number): MinutesQuorum {
  return {
    sitting,
    required: quorum.required,
    present: quorum.present,
    represented: quorum.represented,
    met: quorum.met,
    byCategory: Object.fromEntries(
      Object.entries(quorum.byCategory).map(([code, c]) => [
        code,
        { sitting: c.sitting, present: c.present, represented: c.represented, met: c.met },
      ]),
    ),
  };
}
