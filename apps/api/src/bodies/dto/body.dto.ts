import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Majority, MAJORITIES } from '@quorum/domain';

export class CategoryDto {
  @ApiProperty({ example: 'association', description: 'Stable code, lower-case letters, digits and _' })
  @Matches(/^[a-z][a-z0-9_]{0,31}$/, { message: 'validation.code_format' })
  code!: string;

  @ApiProperty({ example: 'Représentants des associations de malades' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label!: string;

  @ApiProperty({ example: 10, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(500)
  seats!: number;
}

export class QuorumRuleDto {
  @ApiProperty({ enum: ['sitting_members', 'seats'] })
  @IsIn(['sitting_members', 'seats'])
  base!: 'sitting_members' | 'seats';

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  numerator!: number;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  denominator!: number;

  @ApiProperty({ description: 'Whether members represented by a proxy count towards quorum' })
  @IsBoolean()
  countProxies!: boolean;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    example: { association: 3 },
    description: 'Minimum present or represented per category code',
  })
  @IsObject()
  minimumPerCategory!: Record<string, number>;
}

export class MeetingSlotDto {
  @ApiProperty({ example: 4, minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @ApiProperty({ example: 2, enum: [1, 2, 3, 4, -1], description: 'Which such weekday of the month; -1 for the last' })
  @IsIn([1, 2, 3, 4, -1])
  weekOfMonth!: number;

  @ApiProperty({ example: 3, minimum: 1, maximum: 3, description: 'Which month of the quarter' })
  @IsInt()
  @Min(1)
  @Max(3)
  monthOfQuarter!: number;

  @ApiProperty({ example: '14:00', description: 'Local start time, HH:MM' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time_of_day' })
  time!: string;

  @ApiProperty({ example: 180 })
  @IsInt()
  @Min(15)
  @Max(720)
  durationMinutes!: number;

  @ApiProperty({ example: 'Inserm, 101 rue de Tolbiac, 75013 Paris' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  location!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://visio.example.org/gram' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  videoUrl!: string | null;

  @ApiProperty({ example: 'Europe/Paris', description: 'IANA time zone the slot is read in' })
  @IsTimeZone()
  timeZone!: string;

  @ApiPropertyOptional({
    example: 120,
    minimum: 0,
    maximum: 720,
    description: 'How long before its start, on its day, a meeting may be opened (120 unless set)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(720)
  openingMarginMinutes?: number;
}

export class CreateBodyDto {
  @ApiProperty({ example: 'gram' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'validation.slug' })
  slug!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  name!: string;

  @ApiProperty({ type: [CategoryDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CategoryDto)
  categories!: CategoryDto[];

  @ApiPropertyOptional({ default: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  meetingsPerYear?: number;

  @ApiPropertyOptional({ default: 5, description: 'Days of notice a convocation needs (décret 2006-672)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(90)
  noticeDays?: number;

  @ApiPropertyOptional({ type: QuorumRuleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuorumRuleDto)
  quorum?: QuorumRuleDto;

  @ApiPropertyOptional({ enum: MAJORITIES, default: 'simple' })
  @IsOptional()
  @IsIn(MAJORITIES)
  defaultMajority?: Majority;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  chairHasCastingVote?: boolean;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  maxProxiesPerMember?: number;

  @ApiPropertyOptional({ default: 4, description: 'Length of a mandate, in years' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  termYears?: number;

  @ApiPropertyOptional({ default: 1, description: 'How many times a mandate may be renewed in a row' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  maxRenewals?: number;

  @ApiPropertyOptional({
    type: MeetingSlotDto,
    description: "Default slot of the quarterly meetings (GRAM's if omitted)",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingSlotDto)
  meetingSlot?: MeetingSlotDto;
}

export class UpdateBodyDto extends PartialType(CreateBodyDto) {}
