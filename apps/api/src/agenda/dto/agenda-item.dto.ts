import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AGENDA_ITEM_KINDS, AgendaItemKind } from '@quorum/domain';

export class AgendaDocumentDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'An uploaded document of the meeting (POST /meetings/:meetingId/documents); its metadata are copied from it',
  })
  @IsOptional()
  @IsUUID()
  documentId?: string;

  @ApiProperty({ example: 'Note de cadrage.pdf' })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  name!: string;

  @ApiProperty({ example: 'application/pdf', description: 'Media type' })
  @Matches(/^[\w.+-]+\/[\w.+-]+$/, { message: 'validation.media_type' })
  @MaxLength(127)
  type!: string;

  @ApiProperty({ example: 182044, description: 'Size in bytes' })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  size!: number;

  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'validation.sha256' })
  sha256!: string;
}

export class CreateAgendaItemDto {
  @ApiProperty({ example: 'Bilan du partenariat avec les associations' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  @IsIn(AGENDA_ITEM_KINDS)
  kind!: AgendaItemKind;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Présidente du GRAM' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  presenter?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  proposalId?: string | null;

  @ApiPropertyOptional({ type: [AgendaDocumentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgendaDocumentDto)
  documents?: AgendaDocumentDto[];
}

export class UpdateAgendaItemDto extends PartialType(CreateAgendaItemDto) {}

export class ReorderAgendaDto {
  @ApiProperty({ type: [String], description: 'Every item of the agenda, in the new order' })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  itemIds!: string[];
}

export class PublishAgendaDto {
  @ApiPropertyOptional({ description: 'Required from the second version on: what changed and why' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  changeNote?: string;
}
