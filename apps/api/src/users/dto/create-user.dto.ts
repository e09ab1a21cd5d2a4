import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Role, ROLES } from '@quorum/domain';
import { PASSWORD_LENGTH } from '../../common/password';

export class CreateUserDto {
  @ApiProperty({ example: 'secretariat@inserm.fr' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_LENGTH.min, description: 'At least 12 characters' })
  @IsString()
  @MinLength(PASSWORD_LENGTH.min)
  @MaxLength(PASSWORD_LENGTH.max)
  password!: string;

  @ApiProperty({ enum: ROLES, description: 'The secretariat may create `member` logins only' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for the member role: the person the login speaks for' })
  @ValidateIf((dto: CreateUserDto) => dto.role === 'member' || dto.personId !== undefined)
  @IsUUID()
  personId?: string;
}

export class ResetPasswordDto {
  @ApiProperty({
    minLength: PASSWORD_LENGTH.min,
    description: 'At least 12 characters; every token of the user is revoked',
  })
  @IsString()
  @MinLength(PASSWORD_LENGTH.min)
  @MaxLength(PASSWORD_LENGTH.max)
  newPassword!: string;
}
