import { ApiProperty } from '@nestjs/swagger';
import type { BodyEntity } from '@quorum/db';
import { Majority, MAJORITIES, totalSeats } from '@quorum/domain';
import { CategoryDto, MeetingSlotDto, QuorumRuleDto } from './body.dto';

export class BodyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [CategoryDto] }) categories!: CategoryDto[];
  @ApiProperty() totalSeats!: number;
  @ApiProperty() meetingsPerYear!: number;
  @ApiProperty() noticeDays!: number;
  @ApiProperty({ type: QuorumRuleDto }) quorum!: QuorumRuleDto;
  @ApiProperty({ enum: MAJORITIES }) defaultMajority!: Majority;
  @ApiProperty() chairHasCastingVote!: boolean;
  @ApiProperty() maxProxiesPerMember!: number;
  @ApiProperty() termYears!: number;
  @ApiProperty() maxRenewals!: number;
  @ApiProperty({ type: MeetingSlotDto }) meetingSlot!: MeetingSlotDto;
}

export function toBodyResponse(body: BodyEntity): BodyResponse {
  return {
    id: body.id,
    slug: body.slug,
    name: body.name,
    categories: body.categories,
    totalSeats: totalSeats(body.categories),
    meetingsPerYear: body.meetingsPerYear,
    noticeDays: body.noticeDays,
    quorum: body.quorum,
    defaultMajority: body.defaultMajority,
    chairHasCastingVote: body.chairHasCastingVote,
    maxProxiesPerMember: body.maxProxiesPerMember,
    termYears: body.termYears,
    maxRenewals: body.maxRenewals,
    meetingSlot: { ...body.meetingSlot, videoUrl: body.meetingSlot.videoUrl ?? null },
  };
}
