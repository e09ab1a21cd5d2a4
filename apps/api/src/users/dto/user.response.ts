import { ApiProperty } from '@nestjs/swagger';
import type { UserEntity } from '@quorum/db';
import { Language, LANGUAGES } from '@quorum/domain';
import { SessionUser, toSessionUser } from '../../common/session-user';

export class UserResponse extends SessionUser {
  @ApiProperty({ enum: LANGUAGES })
  language!: Language;

  @ApiProperty({ description: 'A disabled login can neither log in nor use its tokens' })
  disabled!: boolean;
}

export function toUserResponse(user: UserEntity): UserResponse {
  return {
    ...toSessionUser(user),
    language: user.language,
    disabled: user.disabledAt !== null,
  };
}

/** What the audit log keeps of a login: never its password hash nor its feed secret. */
export function userSnapshot(user: UserEntity) {
  return { ...toUserResponse(user), tokenVersion: user.tokenVersion };
}
