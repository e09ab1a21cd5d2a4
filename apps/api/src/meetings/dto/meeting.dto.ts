import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/** A meeting whose day has passed is recorded only when the caller says so, and why. */
export class BackfillDto {
  @ApiPropertyOptional({ description: 'Records a meeting whose day has passed; audited as meeting.backfill' })
  @IsOptional()
  @IsBoolean()
  backfill?: boolean;

  @ApiPropertyOptional({ description: 'Why the meeting is recorded after its day; required with backfill' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  backfillReason?: string;
}

/** Where and when a meeting takes place; shared by creation, moves and reconvening. */
export class MeetingTimeDto extends BackfillDto {
  @ApiProperty({ format: 'date-time', example: '2027-03-11T14:00:00+01:00', description: 'ISO 8601 with an offset' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'validation.with_offset' })
  startsAt!: string;

  @ApiPropertyOptional({ example: 180, description: "Defaults to the body's slot" })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(720)
  durationMinutes?: number;

  @ApiPropertyOptional({ type: String, nullable: true, description: "Defaults to the body's slot" })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  videoUrl?: string | null;
}

export class CreateMeetingDto extends MeetingTimeDto {
  @ApiProperty({ example: 'Séance extraordinaire sur la stratégie 2028' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({
    enum: ['ordinary', 'extraordinary'],
    default: 'extraordinary',
    description: 'At most one ordinary meeting per quarter',
  })
  @IsOptional()
  @IsIn(['ordinary', 'extraordinary'])
  kind?: 'ordinary' | 'extraordinary';
}

export class UpdateMeetingDto extends PartialType(CreateMeetingDto) {}

export class ScheduleYearDto {
  @ApiProperty({ example: 2027 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class ConveneDto extends BackfillDto {
  @ApiPropertyOptional({ description: 'Convene without the notice period; needs a reason' })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;

  @ApiPropertyOptional({ description: 'Why the urgency: recorded and shown on the meeting' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class CancelMeetingDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class ReconveneDto extends MeetingTimeDto {}

export class OpenMeetingDto extends BackfillDto {}
