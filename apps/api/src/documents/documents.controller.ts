import { Controller, Delete, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-errors';
import { UuidParam } from '../common/id.pipe';
import { contentDisposition } from './content-disposition';
import { DocumentsService } from './documents.service';
import { UploadDocumentDto } from './dto/document.dto';
import { DocumentResponse } from './dto/document.response';

@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post('meetings/:meetingId/documents')
  @ApiOperation({
    summary: 'Upload a meeting document',
    description:
      'A `multipart/form-data` body, optionally attaching the document to an agenda item (`itemId`). ' +
      'One file in the field `file`; its type is read from its bytes (PDF, ODT, DOCX, XLSX, PNG, JPEG, else 415); ' +
      'larger than DOCUMENT_MAX_BYTES: 413; a `sha256` field that differs from what arrived: 422.',
  })
  @ApiErrors(
    400,
    404,
    [409, 'The agenda can no longer change (when attaching the document to an item)'],
    [413, 'The file is larger than DOCUMENT_MAX_BYTES (`document.too_large`)'],
    [415, 'Not multipart/form-data, or a file none of PDF, ODT, DOCX, XLSX, PNG, JPEG (`document.type_unsupported`)'],
    [422, 'The file that arrived does not have the `sha256` sent (`document.sha256_mismatch`)'],
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDocumentDto })
  @ApiCreatedResponse({ type: DocumentResponse })
  upload(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Req() request: FastifyRequest,
  ): Promise<DocumentResponse> {
    return this.documents.upload(actor.id, meetingId, request);
  }

  @Get('meetings/:meetingId/documents')
  @ApiOperation({
    summary: 'List the documents of a meeting',
    description: 'The staff read them all; the members and the direction those a published agenda lists.',
  })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: [DocumentResponse] })
  list(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
  ): Promise<DocumentResponse[]> {
    return this.documents.list(reader, meetingId);
  }

  @Get('documents/:documentId')
  @ApiOperation({
    summary: 'Download a document',
    description: 'Its bytes are hashed again first: bytes altered or lost on disk are never served (503).',
  })
  @ApiErrors(400, 404, [503, 'The stored bytes are missing or fail their SHA-256 (`document.content_*`)'])
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The bytes, with their type, size, file name and ETag (the SHA-256)' })
  async download(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('documentId', UuidParam('documentId')) documentId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { document, size, open } = await this.documents.download(reader, documentId);
    await reply
      .header('Content-Type', document.mediaType)
      .header('Content-Length', String(size))
      .header('Content-Disposition', contentDisposition(document.name))
      .header('ETag', `"${document.sha256}"`)
      .header('Cache-Control', 'private, no-cache')
      .header('X-Content-Type-Options', 'nosniff')
      .send(open());
  }

  @Delete('documents/:documentId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a document',
    description: 'Only while no published agenda lists it (409 otherwise).',
  })
  @ApiErrors(400, 404, [409, 'A published agenda lists the document (`document.listed_by_published_agenda`)'])
  @ApiNoContentResponse()
  remove(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('documentId', UuidParam('documentId')) documentId: string,
  ): Promise<void> {
    return this.documents.remove(actor.id, documentId);
  }

  @Put('agenda-items/:itemId/documents/:documentId')
  @ApiOperation({ summary: 'Attach a document to an agenda item' })
  @ApiErrors(400, 404, 409)
  @ApiOkResponse({ type: DocumentResponse })
  attach(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('itemId', UuidParam('itemId')) itemId: string,
    @Param('documentId', UuidParam('documentId')) documentId: string,
  ): Promise<DocumentResponse> {
    return this.documents.attach(actor.id, itemId, documentId);
  }

  @Delete('agenda-items/:itemId/documents/:documentId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Detach a document from an agenda item',
    description: 'The document stays with the meeting.',
  })
  @ApiErrors(400, 404, 409)
  @ApiNoContentResponse()
  detach(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('itemId', UuidParam('itemId')) itemId: string,
    @Param('documentId', UuidParam('documentId')) documentId: string,
  ): Promise<void> {
    return this.documents.detach(actor.id, itemId, documentId);
  }
}
