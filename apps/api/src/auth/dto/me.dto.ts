import { ApiProperty } from '@nestjs/swagger';
import type { MembershipEntity, UserEntity } from '@quorum/db';
import { Language, LANGUAGES, MEMBERSHIP_ROLES, MembershipRole } from '@quorum/domain';
import { IsIn } from 'class-validator';
import { SessionUser, toSessionUser } from '../../common/session-user';

/** A mandate the caller's person holds today. */
export class CurrentMandate {
  @ApiProperty({ format: 'uuid' })
  membershipId!: string;

  @ApiProperty({ format: 'uuid' })
  bodyId!: string;

  @ApiProperty()
  bodyName!: string;

  @ApiProperty({ example: 'association' })
  category!: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES })
  role!: MembershipRole;

  @ApiProperty({ format: 'date' })
  startDate!: string;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  endDate!: string | null;
}

/** The caller, with the mandates their person holds today: none for a former member. */
export class MeResponse extends SessionUser {
  @ApiProperty({ enum: LANGUAGES })
  language!: Language;

  @ApiProperty({ type: [CurrentMandate], description: 'Mandates held today (empty for a former member)' })
  mandates!: CurrentMandate[];
}

export class UpdateMeDto {
  @ApiProperty({ enum: LANGUAGES, description: 'The language of messages and documents' })
  @IsIn(LANGUAGES)
  language!: Language;
}

export function toMeResponse(user: UserEntity, mandates: MembershipEntity[]): MeResponse {
  return {
    ...toSessionUser(user),
    language: user.language,
    mandates: mandates.map((m) => ({
      membershipId: m.id,
      bodyId: m.bodyId,
      bodyName: m.body?.name ?? '',
      category: m.category,
      role: m.role,
      startDate: m.startDate,
      endDate: m.endDate,
    })),
  };
}
