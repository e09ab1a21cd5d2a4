import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

const LANGUAGES = ['fr', 'en'] as const;

export class PreferencesResponse {
  @ApiProperty({ enum: LANGUAGES }) language!: 'fr' | 'en';
  @ApiProperty({
    description:
      'Only convocations, moves and cancellations are sent (no reminders, agenda or minutes news, proxies, answers or digests)',
  })
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
