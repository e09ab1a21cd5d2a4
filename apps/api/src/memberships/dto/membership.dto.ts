import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBERSHIP_ROLES, MembershipRole } from '@quorum/domain';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../common/is-iso-date';

const END_DATE = {
  type: String,
  format: 'date',
  example: '2030-12-31',
  description: 'Last day in office, inclusive; the seat is free from the day after',
};
const END_REASON = { example: 'Resigned', nullable: true, type: String, maxLength: 500 };

export class CreateMembershipDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId!: string;

  @ApiProperty({ example: 'association', description: 'A category code of the body' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,31}$/, { message: 'validation.category_code' })
  category!: string;

  @ApiPropertyOptional({ enum: MEMBERSHIP_ROLES, default: 'member' })
  @IsOptional()
  @IsIn(MEMBERSHIP_ROLES)
  role?: MembershipRole;

  @ApiProperty({ format: 'date', example: '2027-01-01', description: 'First day in office' })
  @IsIsoDate()
  startDate!: string;

  @ApiPropertyOptional({
    ...END_DATE,
    nullable: true,
    description: `${END_DATE.description}; by default, a full term`,
  })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;

  @ApiPropertyOptional(END_REASON)
  @IsOptional()
  @IsString()
  @MaxLength(500)
  endReason?: string | null;
}

/** Ends a mandate (early, or on a new date) or changes its role, under the same rules as an appointment. */
export class UpdateMembershipDto {
  @ApiPropertyOptional(END_DATE)
  @ValidateIf((dto: UpdateMembershipDto) => dto.endDate !== undefined)
  @IsIsoDate()
  endDate?: string;

  @ApiPropertyOptional({ ...END_REASON, description: 'Why the mandate ends; null clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  endReason?: string | null;

  @ApiPropertyOptional({ enum: MEMBERSHIP_ROLES, description: 'The role, for the whole mandate' })
  @ValidateIf((dto: UpdateMembershipDto) => dto.role !== undefined)
  @IsIn(MEMBERSHIP_ROLES)
  role?: MembershipRole;
}

export class MembershipsQueryDto {
  @ApiPropertyOptional({ format: 'date', example: '2027-01-01', description: 'Only the mandates in force on this day' })
  @IsOptional()
  @IsIsoDate()
  activeOn?: string;

  @ApiPropertyOptional({ example: 50, description: 'Mandates per page, 1 to 200 (50 by default)' })
  @IsOptional()
  @IsString()
  limit?: string;

  @ApiPropertyOptional({ example: 0, description: 'Mandates to skip: the `Link` header gives the next page' })
  @IsOptional()
  @IsString()
  offset?: string;
}
