import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

const FULL_NAME = { example: 'Marie Dupont' };
const EMAIL = { example: 'marie.dupont@example.org', nullable: true, type: String };
const ORGANISATION = {
  example: 'AFM-Téléthon',
  nullable: true,
  type: String,
  description: 'Association, laboratory or department',
};

export class CreatePersonDto {
  @ApiProperty(FULL_NAME)
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(200)
  fullName!: string;

  @ApiPropertyOptional(EMAIL)
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional(ORGANISATION)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation?: string | null;
}

/**
 * Any field of a person; null clears the email or the organisation, never the name. Written out
 * rather than PartialType, whose IsOptional would let a null name through to the database.
 */
export class UpdatePersonDto {
  @ApiPropertyOptional(FULL_NAME)
  @ValidateIf((dto: UpdatePersonDto) => dto.fullName !== undefined)
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional(EMAIL)
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional(ORGANISATION)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation?: string | null;
}
