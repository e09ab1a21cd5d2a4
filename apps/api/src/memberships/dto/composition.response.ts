import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Composition, ENDING_SOON_DAYS, MEMBERSHIP_ROLES, MembershipRole } from '@quorum/domain';
import { IsOptional } from 'class-validator';
import { IsIsoDate } from '../../common/is-iso-date';

export class CompositionQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2027-01-01',
    description: 'The day to look at; today (Paris) by default',
  })
  @IsOptional()
  @IsIsoDate()
  date?: string;
}

export class SittingMemberResponse {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) organisation!: string | null;
  @ApiProperty() category!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: MembershipRole;
  @ApiProperty({ format: 'date', example: '2027-01-01' }) startDate!: string;
  @ApiProperty({ format: 'date', example: '2030-12-31', nullable: true, type: String }) endDate!: string | null;
  @ApiProperty({ description: '1 for a first term, 2 for a renewal' }) consecutiveTerm!: number;
  @ApiProperty({ description: 'Whether another term may follow this one' }) mayBeRenewed!: boolean;
}

export class CategoryCompositionResponse {
  @ApiProperty() code!: string;
  @ApiProperty() label!: string;
  @ApiProperty() seats!: number;
  @ApiProperty() filled!: number;
  @ApiProperty() vacant!: number;
  @ApiProperty({ type: [SittingMemberResponse] }) members!: SittingMemberResponse[];
}

export class CompositionResponse {
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ format: 'date', example: '2027-01-01' }) date!: string;
  @ApiProperty() seats!: number;
  @ApiProperty() filled!: number;
  @ApiProperty() vacant!: number;
  @ApiProperty({ type: [CategoryCompositionResponse] }) categories!: CategoryCompositionResponse[];
  @ApiProperty({ type: SittingMemberResponse, nullable: true }) chair!: SittingMemberResponse | null;
  @ApiProperty({ type: SittingMemberResponse, nullable: true }) viceChair!: SittingMemberResponse | null;
  @ApiProperty({
    type: [SittingMemberResponse],
    description: `Sitting members whose mandate ends within ${ENDING_SOON_DAYS} days, soonest first`,
  })
  endingSoon!: SittingMemberResponse[];
}

/** The composition is built of plain values by the domain; the response adds the body it describes. */
export function toCompositionResponse(bodyId: string, composition: Composition): CompositionResponse {
  return { bodyId, ...composition };
}
