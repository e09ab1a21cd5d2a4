import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

const LANGUAGES = ['fr', 'en'] as const;

export class PreferencesResponse {
  @ApiProperty({ enum: LANGUAGES }) language!: 'fr' | 'en';
  @ApiProperty({ description: 'Reminders and digests are not sent; convocations always are' })
  optOutNonEssential!: boolean;
}

export class UpdatePreferencesDto {
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: 'fr' | 'en';

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  optOutNonEssential?: boolean;
}
