import { ApiProperty } from '@nestjs/swagger';
import type { MembershipEntity, PersonEntity } from '@quorum/db';
import { MEMBERSHIP_ROLES, MembershipRole } from '@quorum/domain';

export class MembershipResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) organisation!: string | null;
  @ApiProperty({ example: 'association' }) category!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: MembershipRole;
  @ApiProperty({ format: 'date', example: '2027-01-01' }) startDate!: string;
  @ApiProperty({ format: 'date', example: '2030-12-31', nullable: true, type: String }) endDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) endReason!: string | null;
}

export function toMembershipResponse(membership: MembershipEntity, person: PersonEntity): MembershipResponse {
  return {
    id: membership.id,
    bodyId: membership.bodyId,
    personId: membership.personId,
    fullName: person.fullName,
    organisation: person.organisation,
    category: membership.category,
    role: membership.role,
    startDate: membership.startDate,
    endDate: membership.endDate,
    endReason: membership.endReason,
  };
}
