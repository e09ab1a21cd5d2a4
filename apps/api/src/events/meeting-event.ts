import type { PollResult, PollState, Quorum } from '@quorum/domain';
import type { MinutesRenderEvent } from '@quorum/queue';

/**
 * What the live stream of a meeting carries. Nothing here ever names a choice of a secret poll: a
 * ballot event carries only how many were cast so far.
 */
export type MeetingEvent =
  | { type: 'attendance'; meetingId: string; membershipId: string; status: string }
  | { type: 'quorum'; meetingId: string; quorum: Quorum }
  | { type: 'poll.opened'; meetingId: string; pollId: string; question: string; method: string; eligible: number }
  | { type: 'poll.ballots'; meetingId: string; pollId: string; cast: number; eligible: number }
  | { type: 'poll.closed'; meetingId: string; pollId: string; status: PollState; result: PollResult }
  // Published by the worker (apps/worker/src/minutes/minutes-progress.ts) on the same channel.
  | MinutesRenderEvent;

export type MeetingEventType = MeetingEvent['type'];
