import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Role, ROLES } from '@quorum/domain';

export class CreateUserDto {
  @ApiProperty({ example: 'secretariat@inserm.fr' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ minLength: 12, description: 'At least 12 characters' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for the member role: the person the login speaks for' })
  @ValidateIf((dto: CreateUserDto) => dto.role === 'member' || dto.personId !== undefined)
  @IsUUID()
  personId?: string;
}
