import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

const FULL_NAME = { example: 'Marie Dupont' };

export class CreatePersonDto {
  @ApiProperty(FULL_NAME)
  @IsString()
  @Matches(/\S/, { message: 'validation.not_blank' })
  @MaxLength(200)
  fullName!: string;

  @ApiPropertyOptional({ example: 'marie.dupont@example.org', nullable: true, type: String })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({
    example: 'AFM-Téléthon',
    nullable: true,
    type: String,
    description: 'Association, laboratory or department',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation?: string | null;
}

/**
 * Any field of a person; null clears the email or the organisation, never the name (PartialType's
 * IsOptional would let a null name through to the database, hence the name written out).
 */
export class UpdatePersonDto extends PickType(CreatePersonDto, ['email', 'organisation'] as const) {
  @ApiPropertyOptional(FULL_NAME)
  @ValidateIf((dto: UpdatePersonDto) => dto.fullName !== undefined)
  @IsString()
  @Matches(/\S/, { message: 'validation.not_blank' })
  @MaxLength(200)
  fullName?: string;
}
