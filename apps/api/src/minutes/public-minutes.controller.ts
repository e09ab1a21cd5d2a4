import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import type { FastifyReply } from 'fastify';
import { UuidParam } from '../common/id.pipe';
import { sendPdf } from './minutes.controller';
import { MinutesService } from './minutes.service';

/** Approved minutes as published: the public copy, without private passages, at a stable address, without login. */
@ApiTags('minutes')
@Controller('public/minutes')
export class PublicMinutesController {
  constructor(private readonly minutes: MinutesService) {}

  @Get(':versionId.pdf')
  @ApiOperation({ summary: 'Read the public copy of approved minutes (PDF)' })
  @ApiErrors(400, 404)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The public copy of an approved version of the minutes' })
  async pdf(
    @Param('versionId', UuidParam('versionId')) versionId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    // An approved version is frozen: its public copy never changes, so caches may keep it.
    return sendPdf(reply, await this.minutes.publicPdf(versionId), 'public, max-age=86400, immutable');
  }
}
