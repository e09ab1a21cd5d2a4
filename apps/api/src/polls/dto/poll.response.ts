import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { NamedBallotRow, PollEntity } from '@quorum/db';
import {
  CHOICES,
  Choice,
  Majority,
  MAJORITIES,
  OUTCOMES,
  Outcome,
  POLL_METHODS,
  POLL_STATES,
  PollMethod,
  PollResult,
  PollState,
} from '@quorum/domain';

export class PollResultResponse {
  @ApiProperty() yes!: number;
  @ApiProperty() no!: number;
  @ApiProperty() abstain!: number;
  @ApiProperty({ description: 'Ballots cast, abstentions included' }) cast!: number;
  @ApiProperty({ description: 'Members who could vote at the close' }) eligible!: number;
  @ApiProperty({ enum: OUTCOMES }) outcome!: Outcome;
  @ApiProperty() decidedByCastingVote!: boolean;
}

export class RollCallEntryResponse {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: CHOICES }) choice!: Choice;
  @ApiProperty({ description: 'Cast by the holder of the member’s proxy' }) byProxy!: boolean;
  @ApiProperty({ type: String, nullable: true }) proxyHolderName!: string | null;
}

export class VoterForResponse {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ description: 'True for the ballot of a member whose proxy the caller holds' }) byProxy!: boolean;
  @ApiProperty() hasVoted!: boolean;
}

export class PollResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ format: 'uuid' }) agendaItemId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proposalId!: string | null;
  @ApiProperty() question!: string;
  @ApiProperty({ enum: POLL_METHODS }) method!: PollMethod;
  @ApiProperty({ enum: MAJORITIES }) majority!: Majority;
  @ApiProperty({ enum: POLL_STATES }) status!: PollState;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) openedAt!: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) closedAt!: string | null;
  @ApiProperty({ description: 'Ballots cast so far (named or secret); a show of hands has none until its close' })
  cast!: number;
  @ApiProperty({ description: 'Members who may vote now (or could, at the close)' }) eligible!: number;
  @ApiProperty({ type: PollResultResponse, nullable: true }) result!: PollResultResponse | null;
  @ApiPropertyOptional({ type: [RollCallEntryResponse], description: 'Roll call only: each member’s public choice' })
  rollCall?: RollCallEntryResponse[];
  @ApiPropertyOptional({ type: [VoterForResponse], description: 'For a member: the ballots they may cast' })
  youVoteFor?: VoterForResponse[];
}

export interface PollExtras {
  cast: number;
  eligible: number;
  rollCall?: NamedBallotRow[];
  youVoteFor?: VoterForResponse[];
}

export function toPollResponse(poll: PollEntity, extras: PollExtras): PollResponse {
  return {
    id: poll.id,
    meetingId: poll.meetingId,
    agendaItemId: poll.agendaItemId,
    proposalId: poll.proposalId,
    question: poll.question,
    method: poll.method,
    majority: poll.majority,
    status: poll.status,
    openedAt: poll.openedAt?.toISOString() ?? null,
    closedAt: poll.closedAt?.toISOString() ?? null,
    cast: poll.result?.cast ?? extras.cast,
    eligible: poll.result?.eligible ?? extras.eligible,
    result: poll.result ? toResultResponse(poll.result) : null,
    ...(extras.rollCall
      ? {
          rollCall: extras.rollCall.map((b) => ({
            membershipId: b.membershipId,
            fullName: b.fullName,
            choice: b.choice,
            byProxy: b.proxyHolderMembershipId !== null,
            proxyHolderName: b.proxyHolderName,
          })),
        }
      : {}),
    ...(extras.youVoteFor ? { youVoteFor: extras.youVoteFor } : {}),
  };
}

function toResultResponse(r: PollResult): PollResultResponse {
  return {
    yes: r.yes,
    no: r.no,
    abstain: r.abstain,
    cast: r.cast,
    eligible: r.eligible,
    outcome: r.outcome,
    decidedByCastingVote: r.decidedByCastingVote,
  };
}

/** What the audit log keeps of a poll: its settings and state; never a ballot. */
export function pollSnapshot(poll: PollEntity) {
  return {
    meetingId: poll.meetingId,
    agendaItemId: poll.agendaItemId,
    proposalId: poll.proposalId,
    question: poll.question,
    method: poll.method,
    majority: poll.majority,
    status: poll.status,
    result: poll.result,
  };
}
