import { ApiProperty } from '@nestjs/swagger';
import type { UserEntity } from '@quorum/db';
import { Language, LANGUAGES, Role, ROLES } from '@quorum/domain';

export class UserResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  personId!: string | null;

  @ApiProperty({ enum: LANGUAGES })
  language!: Language;

  @ApiProperty({ description: 'A disabled login can neither log in nor use its tokens' })
  disabled!: boolean;
}

export function toUserResponse(user: UserEntity): UserResponse {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    personId: user.personId,
    language: user.language,
    disabled: user.disabledAt !== null,
  };
}

/** What the audit log keeps of a login: never its password hash nor its feed secret. */
export function userSnapshot(user: UserEntity) {
  return { ...toUserResponse(user), tokenVersion: user.tokenVersion };
}
