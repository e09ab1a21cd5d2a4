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
    summary: 'Upload a document for a meeting (multipart), optionally attaching it to an agenda item',
    description:
      'One file in the field `file`; its type is read from its bytes (PDF, ODT, DOCX, XLSX, PNG, JPEG, else 415); ' +
      'larger than DOCUMENT_MAX_BYTES: 413; a `sha256` field that differs from what arrived: 422.',
  })
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
  @ApiOperation({ summary: 'The documents of a meeting (to its members, those a published agenda lists)' })
  @ApiOkResponse({ type: [DocumentResponse] })
  list(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
  ): Promise<DocumentResponse[]> {
    return this.documents.list(reader, meetingId);
  }

  @Get('documents/:documentId')
  @ApiOperation({ summary: 'Download a document, its SHA-256 checked (503 if the stored bytes fail the check)' })
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
  @ApiOperation({ summary: 'Delete a document no published agenda lists (409 otherwise)' })
  @ApiNoContentResponse()
  remove(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('documentId', UuidParam('documentId')) documentId: string,
  ): Promise<void> {
    return this.documents.remove(actor.id, documentId);
  }

  @Put('agenda-items/:itemId/documents/:documentId')
  @ApiOperation({ summary: 'List a document of the meeting on an agenda item' })
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
  @ApiOperation({ summary: 'Take a document off an agenda item (the document stays with the meeting)' })
  @ApiNoContentResponse()
  detach(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('itemId', UuidParam('itemId')) itemId: string,
    @Param('documentId', UuidParam('documentId')) documentId: string,
  ): Promise<void> {
    return this.documents.detach(actor.id, itemId, documentId);
  }
}
