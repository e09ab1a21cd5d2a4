import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { AuditEventEntity, chainedFieldsOf } from '@quorum/db';

export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'body', description: 'Entity type, optionally with an id: body or body:<uuid>' })
  @IsOptional()
  @Matches(/^[a-z_]+(:[0-9a-zA-Z-]+)?$/, { message: 'validation.audit_entity' })
  entity?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2027-01-01T00:00:00Z',
    description: 'Only events at or after this time',
  })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class AuditEventResponse {
  @ApiProperty() seq!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The entity’s domain snapshot before the change (null for a creation)',
  })
  before!: unknown;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The entity’s domain snapshot after the change (null for a deletion)',
  })
  after!: unknown;
  @ApiProperty() hash!: string;
}

class BrokenEvent {
  @ApiProperty() seq!: number;
  @ApiProperty({ example: 'its content no longer matches its hash' }) reason!: string;
}

class Truncation {
  @ApiProperty({ description: 'The last event of the chain' }) endsAt!: number;
  @ApiProperty({ description: 'The last event the checkpoint saw committed' }) checkpointSeq!: number;
  @ApiProperty({ example: 'the chain ends at 11, the checkpoint says 12' }) reason!: string;
}

class CheckpointSummary {
  @ApiProperty() seq!: number;
  @ApiProperty({ format: 'date-time', description: 'When the checkpoint was written' }) at!: string;
}

export class AuditVerificationResponse {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ description: 'Events checked before the first broken one' }) checked!: number;
  @ApiPropertyOptional({ type: BrokenEvent, description: 'The first event whose link does not hold, and why' })
  firstBroken?: BrokenEvent;
  @ApiPropertyOptional({ type: Truncation, description: 'Events were removed from the end of the chain' })
  truncated?: Truncation;
  @ApiProperty({
    type: CheckpointSummary,
    nullable: true,
    description: 'The head of the chain kept outside the database, as compared; null when there is none yet',
  })
  checkpoint!: CheckpointSummary | null;
  @ApiPropertyOptional({ type: [String], description: 'Checkpoint stores holding a checkpoint with an invalid MAC' })
  forgedCheckpoints?: string[];
}

export function toAuditEventResponse(event: AuditEventEntity): AuditEventResponse {
  return { ...chainedFieldsOf(event), hash: event.hash };
}
