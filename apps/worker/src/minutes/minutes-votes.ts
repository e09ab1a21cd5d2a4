import { majorityRequirement } from '@quorum/domain';
import { PollEntity, Repositories } from '@quorum/db';
import { MinutesPoll, MinutesRecusal, PollResult, RollCallBallot } from '@quorum/minutes';

/** What the record says of the votes on one agenda item: who stood aside, and every closed poll. */
export interface ItemVotes {
  recusals: MinutesRecusal[];
  polls: MinutesPoll[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'fr');

/**
 * The recusals and closed polls of a meeting, by agenda item. A poll's result is the one stored at
 * its close (tallied by `tallyBallots`); only what the majority counted is restated, by the same rule
 * (`majorityRequirement`). Names are read for roll calls only: nothing here reads a secret poll's
 * choices or who took part in it, only the counts stored with its result.
 */
export async function votesOfMeeting(
  repos: Repositories,
  meetingId: string,
  itemIds: readonly string[],
  names: ReadonlyMap<string, string>,
  sitting: number,
): Promise<Map<string, ItemVotes>> {
  const polls = (await repos.polls.ofMeeting(meetingId)).filter((p) => p.status === 'closed' && p.result);
  const votes = new Map<string, ItemVotes>();
  for (const itemId of itemIds) {
    const recusals = (await repos.recusals.ofItem(itemId)).map((r) => ({
      fullName: names.get(r.membershipId) ?? '—',
      reason: r.reason,
    }));
    const held: MinutesPoll[] = [];
    for (const poll of polls.filter((p) => p.agendaItemId === itemId))
      held.push(await minutesPoll(repos, poll, sitting));
    votes.set(itemId, { recusals, polls: held });
  }
  return votes;
}

async function minutesPoll(repos: Repositories, poll: PollEntity, sitting: number): Promise<MinutesPoll> {
  const stored = poll.result!;
  const counts = { yes: stored.yes, no: stored.no, abstain: stored.abstain };
  const result: PollResult = {
    ...counts,
    cast: stored.cast,
    eligible: stored.eligible,
    outcome: stored.outcome,
    ...(stored.decidedByCastingVote ? { castingVote: true } : {}),
    counted: majorityRequirement(poll.majority, counts, sitting),
  };
  const base = { question: poll.question, majority: poll.majority, result };
  if (poll.method !== 'roll_call') return { ...base, method: poll.method };
  return { ...base, method: 'roll_call', ballots: await rollCall(repos, poll.id) };
}

/** The named ballots of a roll call: each voter once, then once more per member they held the proxy of. */
async function rollCall(repos: Repositories, pollId: string): Promise<RollCallBallot[]> {
  const ballots = (await repos.ballots.named(pollId)).map((b) =>
    b.proxyHolderName
      ? { fullName: b.proxyHolderName, choice: b.choice, onBehalfOf: b.fullName }
      : { fullName: b.fullName, choice: b.choice, onBehalfOf: null },
  );
  return ballots.sort(
    (a, b) =>
      byName(a.fullName, b.fullName) ||
      Number(a.onBehalfOf !== null) - Number(b.onBehalfOf !== null) ||
      byName(a.onBehalfOf ?? '', b.onBehalfOf ?? ''),
  );
}
