import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHOICES, Choice } from '@quorum/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class CastBallotDto {
  @ApiProperty({ enum: CHOICES })
  @IsIn(CHOICES)
  choice!: Choice;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The member whose ballot this is, when not the caller’s own: the member whose proxy the caller holds, ' +
      'or (roll call, secretariat) the member answering',
  })
  @IsOptional()
  @IsUUID()
  onBehalfOfMembershipId?: string;
}

export class BallotResponse {
  @ApiProperty({ format: 'uuid' }) pollId!: string;
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty({ description: 'Cast by the holder of the member’s proxy' }) byProxy!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proxyHolderMembershipId!: string | null;
  @ApiPropertyOptional({ enum: CHOICES, description: 'Roll call only: a secret choice is never echoed' })
  choice?: Choice;
  @ApiProperty({ description: 'Ballots cast so far in the poll' }) cast!: number;
}
