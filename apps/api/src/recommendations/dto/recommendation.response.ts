import { ApiProperty } from '@nestjs/swagger';
import type { RecommendationEntity, RecommendationResponseEntity } from '@quorum/db';
import {
  ANSWER_STATES,
  AnswerState,
  answersAllowedFrom,
  RECOMMENDATION_STATES,
  RecommendationState,
} from '@quorum/domain';

export class RecommendationStepResponse {
  @ApiProperty({ enum: RECOMMENDATION_STATES }) status!: RecommendationState;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) owner!: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true, example: '2027-06-30' }) dueDate!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid', description: 'The login that took this step' }) by!: string;
}

export class RecommendationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) meetingId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) pollId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: RECOMMENDATION_STATES }) status!: RecommendationState;
  @ApiProperty({ type: String, nullable: true }) owner!: string | null;
  @ApiProperty({ format: 'date', type: String, nullable: true }) dueDate!: string | null;
  @ApiProperty({ description: 'Due date past, and neither implemented nor rejected' }) overdue!: boolean;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) transmittedAt!: string | null;
  @ApiProperty({ type: [RecommendationStepResponse] }) responses!: RecommendationStepResponse[];
  @ApiProperty({ enum: ANSWER_STATES, isArray: true, description: 'The statuses the direction may answer with now' })
  allowedAnswers!: AnswerState[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toRecommendationStep(s: RecommendationResponseEntity): RecommendationStepResponse {
  return { status: s.status, text: s.text, owner: s.owner, dueDate: s.dueDate, at: s.at.toISOString(), by: s.by };
}

export function toRecommendationResponse(
  r: RecommendationEntity,
  history: readonly RecommendationResponseEntity[],
  overdue: boolean,
): RecommendationResponse {
  return {
    id: r.id,
    bodyId: r.bodyId,
    proposalId: r.proposalId,
    meetingId: r.meetingId,
    pollId: r.pollId,
    title: r.title,
    text: r.text,
    status: r.status,
    owner: r.owner,
    dueDate: r.dueDate,
    overdue,
    transmittedAt: r.transmittedAt?.toISOString() ?? null,
    responses: history.map(toRecommendationStep),
    allowedAnswers: answersAllowedFrom(r.status),
    createdAt: r.createdAt.toISOString(),
  };
}
