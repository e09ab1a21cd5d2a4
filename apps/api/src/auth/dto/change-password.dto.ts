import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_LENGTH } from '../../common/password';

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
