import { ApiProperty } from '@nestjs/swagger';
import type { UserEntity } from '@quorum/db';
import { Role, ROLES } from '@quorum/domain';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin@quorum.local' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'quorum-admin' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

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

export class LoginResponse {
  @ApiProperty({ description: 'Bearer token for the Authorization header' })
  accessToken!: string;

  @ApiProperty({ type: SessionUser })
  user!: SessionUser;
}

export function toSessionUser(user: UserEntity): SessionUser {
  return { id: user.id, email: user.email, role: user.role, personId: user.personId };
}
