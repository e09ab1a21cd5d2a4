import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CHOICES, Choice, Majority, MAJORITIES, POLL_METHODS, PollMethod } from '@quorum/domain';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class CreatePollDto {
  @ApiProperty({ example: 'Adoptez-vous la proposition ?' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  question!: string;

  @ApiProperty({ enum: POLL_METHODS })
  @IsIn(POLL_METHODS)
  method!: PollMethod;

  @ApiPropertyOptional({ enum: MAJORITIES, description: "The body's default majority when omitted" })
  @IsOptional()
  @IsIn(MAJORITIES)
  majority?: Majority;

  @ApiPropertyOptional({ format: 'uuid', description: "The proposal voted on; the item's proposal when omitted" })
  @IsOptional()
  @IsUUID()
  proposalId?: string;
}

export class CountsDto {
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(10_000) yes!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(10_000) no!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(10_000) abstain!: number;
}

export class ClosePollDto {
  @ApiPropertyOptional({ type: CountsDto, description: 'Show of hands only: the counts the secretariat saw' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CountsDto)
  counts?: CountsDto;

  @ApiPropertyOptional({
    enum: CHOICES,
    description: "Show of hands only: the chair's own vote, which breaks a tie where the body allows it",
  })
  @IsOptional()
  @IsIn(CHOICES)
  chairChoice?: Choice;
}
