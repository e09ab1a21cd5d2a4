import type { BodyEntity, MeetingEntity, Repositories, SittingMandateRow } from '@quorum/db';
import { AttendanceRecord, computeQuorum, EligibleVoter, eligibleVoters, isoDateIn, Quorum } from '@quorum/domain';

/** Everything a vote on an item depends on: who sits, who attends, the quorum, who is recused and who may vote. */
export interface VotingRoll {
  /** The meeting's date in the body's time zone: mandates sitting that day vote. */
  date: string;
  sitting: SittingMandateRow[];
  attendance: AttendanceRecord[];
  quorum: Quorum;
  recusedIds: Set<string>;
  voters: EligibleVoter[];
}

/** Loads the roll of a meeting for one agenda item and lets the rules of libs/domain judge it. */
export async function loadVotingRoll(
  repos: Repositories,
  meeting: MeetingEntity,
  body: BodyEntity,
  agendaItemId: string,
): Promise<VotingRoll> {
  const date = isoDateIn(meeting.startsAt, body.meetingSlot.timeZone);
  const sitting = await repos.meetingRoll.sitting(body.id, date);
  const attendance = await repos.meetingRoll.attendance(meeting.id);
  const quorum = computeQuorum({
    rule: body.quorum,
    categories: body.categories,
    sitting,
    attendance,
    quorumRequired: meeting.quorumRequired,
  });
  const recusedIds = await repos.recusals.recusedIds(agendaItemId);
  const voters = eligibleVoters({ sittingIds: sitting.map((m) => m.membershipId), attendance, recusedIds });
  return { date, sitting, attendance, quorum, recusedIds, voters };
}
