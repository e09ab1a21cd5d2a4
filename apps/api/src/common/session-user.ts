import { ApiProperty } from '@nestjs/swagger';
import type { UserEntity } from '@quorum/db';
import { Role, ROLES } from '@quorum/domain';

/** Who logged in. */
export class SessionUser {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  personId!: string | null;
}

export function toSessionUser(user: UserEntity): SessionUser {
  return { id: user.id, email: user.email, role: user.role, personId: user.personId };
}
