import { ApiProperty } from '@nestjs/swagger';
import { MeetingDocumentEntity } from '@quorum/db';

export class DocumentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ example: 'Note de cadrage.pdf' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ example: 'application/pdf', description: 'Read from the bytes' }) mediaType!: string;
  @ApiProperty({ type: 'integer', description: 'Size in bytes' }) size!: number;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }) sha256!: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ description: 'Whether a published version of the agenda lists it (then it may not be deleted)' })
  onPublishedAgenda!: boolean;
  @ApiProperty({ type: String, format: 'uri-reference', example: '/documents/…' }) downloadUrl!: string;
}

export function toDocumentResponse(document: MeetingDocumentEntity, onPublishedAgenda: boolean): DocumentResponse {
  return {
    id: document.id,
    meetingId: document.meetingId,
    name: document.name,
    title: document.title,
    mediaType: document.mediaType,
    size: document.size,
    sha256: document.sha256,
    uploadedBy: document.uploadedBy,
    uploadedAt: document.uploadedAt.toISOString(),
    onPublishedAgenda,
    downloadUrl: `/documents/${document.id}`,
  };
}
