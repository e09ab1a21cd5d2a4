import type { BodyEntity, MeetingEntity, Repositories, SittingMandate } from '@quorum/db';
import { AttendanceRecord, EligibleVoter, eligibleVoters, isoDateIn, meetingQuorum, Quorum } from '@quorum/domain';

/** Everything a vote on an item depends on: who sits, who attends, the quorum, who is recused and who may vote. */
export interface VotingRoll {
  /** The meeting's date in the body's time zone: mandates sitting that day vote. */
  date: string;
  sitting: SittingMandate[];
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
  const roll = await repos.attendance.roll(meeting, body);
  const recusedIds = await repos.recusals.recusedIds(agendaItemId);
  return {
    date: isoDateIn(meeting.startsAt, body.meetingSlot.timeZone),
    sitting: roll.sitting,
    attendance: roll.attendance,
    quorum: meetingQuorum(body, meeting, roll),
    recusedIds,
    voters: eligibleVoters({
      sittingIds: roll.sitting.map((m) => m.membershipId),
      attendance: roll.attendance,
      recusedIds,
    }),
  };
}
