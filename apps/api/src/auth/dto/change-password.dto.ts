import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** The rule for every new password: at least 12 characters, at most 200. */
export const PASSWORD_LENGTH = { min: 12, max: 200 } as const;

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_LENGTH.max)
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_LENGTH.min, description: 'At least 12 characters' })
  @IsString()
  @MinLength(PASSWORD_LENGTH.min)
  @MaxLength(PASSWORD_LENGTH.max)
  newPassword!: string;
}
