import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ALLOWED_DOCUMENT_LABELS } from '@quorum/domain';

/** The multipart body of an upload, as OpenAPI describes it (the file is read as a stream, not by a pipe). */
export class UploadDocumentDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: `The file: ${ALLOWED_DOCUMENT_LABELS}, its type read from its bytes`,
  })
  file!: unknown;

  @ApiPropertyOptional({ format: 'uuid', description: 'An item of this meeting’s agenda to attach the document to' })
  itemId?: string;

  @ApiPropertyOptional({ maxLength: 300, example: 'Note de cadrage' })
  title?: string;

  @ApiPropertyOptional({
    pattern: '^[0-9a-fA-F]{64}$',
    description: 'The SHA-256 the client computed: a file that arrives different is refused (422)',
  })
  sha256?: string;
}

/** The text fields of an upload, validated like any body. */
export class UploadDocumentFieldsDto {
  @IsOptional()
  @IsUUID()
  itemId?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'validation.sha256_any_case' })
  sha256?: string;
}
