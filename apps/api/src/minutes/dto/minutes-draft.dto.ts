import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MINUTES_LANGUAGES, MinutesDraftContent, MinutesLanguageCode } from '@quorum/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

const TEXT_MAX = 20_000;

/** An optional list of `type`, at most `max` long, each element validated as such. */
function ListOf(type: () => new () => object, max: number, description?: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: () => [type()], description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(type),
  );
}

export class PassageDto {
  @ApiProperty({ example: 'La présidente ouvre la séance et rappelle l’ordre du jour.' })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  text!: string;

  @ApiPropertyOptional({ description: 'Left out of the public copy (a member’s health details, say)', default: false })
  @IsOptional()
  @IsBoolean()
  private?: boolean;
}

export class DissentDto {
  @ApiProperty({ format: 'uuid', description: 'The mandate of the member who dissents' })
  @IsUUID('all')
  membershipId!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_MAX)
  text!: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  private?: boolean;
}

export class DraftItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  agendaItemId!: string;

  @ListOf(() => PassageDto, 200)
  summary?: PassageDto[];

  @ListOf(() => PassageDto, 200)
  decisions?: PassageDto[];

  @ListOf(() => DissentDto, 100)
  dissents?: DissentDto[];
}

export class DraftActionDto {
  @ApiProperty({ example: 'Diffuser la charte aux associations' })
  @IsString()
  @Matches(/\S/, { message: 'validation.not_blank' })
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: 'Secrétariat du GRAM' })
  @IsString()
  @Matches(/\S/, { message: 'validation.not_blank' })
  @MaxLength(200)
  assignee!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-06-30' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'validation.is_iso_date' })
  dueDate?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  private?: boolean;
}

/** The secretariat's text of the minutes; every list is replaced whole. */
export class MinutesDraftDto {
  @ApiPropertyOptional({ enum: MINUTES_LANGUAGES, default: 'fr' })
  @IsOptional()
  @IsIn(MINUTES_LANGUAGES)
  language?: MinutesLanguageCode;

  @ListOf(() => PassageDto, 200, 'Opening of the sitting')
  opening?: PassageDto[];

  @ListOf(() => DraftItemDto, 200, 'Per agenda item: summary, decisions, dissents')
  items?: DraftItemDto[];

  @ListOf(() => PassageDto, 200, 'Other business, after the agenda')
  otherBusiness?: PassageDto[];

  @ListOf(() => DraftActionDto, 200, 'Actions decided')
  actions?: DraftActionDto[];
}

const passage = (p: PassageDto) => ({ text: p.text, private: p.private ?? false });

/** The draft as the domain holds it: every flag explicit, every list present. */
export function toDraftContent(dto: MinutesDraftDto): MinutesDraftContent {
  return {
    language: dto.language ?? 'fr',
    opening: (dto.opening ?? []).map(passage),
    items: (dto.items ?? []).map((item) => ({
      agendaItemId: item.agendaItemId,
      summary: (item.summary ?? []).map(passage),
      decisions: (item.decisions ?? []).map(passage),
      dissents: (item.dissents ?? []).map((d) => ({
        membershipId: d.membershipId,
        text: d.text,
        private: d.private ?? false,
      })),
    })),
    otherBusiness: (dto.otherBusiness ?? []).map(passage),
    actions: (dto.actions ?? []).map((a) => ({
      title: a.title,
      assignee: a.assignee,
      dueDate: a.dueDate ?? null,
      private: a.private ?? false,
    })),
  };
}
