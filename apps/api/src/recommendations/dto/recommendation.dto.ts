import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANSWER_STATES, AnswerState } from '@quorum/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsIsoDate } from '../../common/is-iso-date';

export class CreateRecommendationDto {
  @ApiProperty({ format: 'uuid', description: 'An adopted proposal that has no recommendation yet' })
  @IsUUID()
  proposalId!: string;
}

export class TransmitRecommendationDto {
  @ApiPropertyOptional({ example: 'Transmise à la direction générale le 12 mars.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  text?: string;
}

export class AnswerRecommendationDto {
  @ApiProperty({ enum: ANSWER_STATES })
  @IsIn(ANSWER_STATES)
  status!: AnswerState;

  @ApiProperty({ example: 'La direction retient la proposition et la confie au département partenariats.' })
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  text!: string;

  @ApiPropertyOptional({ example: 'Département des partenariats', description: 'The department in charge' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  owner?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-06-30' })
  @IsOptional()
  @IsIsoDate()
  dueDate?: string;
}
