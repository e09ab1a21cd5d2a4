import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { PositiveIntParam } from '../common/int.pipe';
import { ApproveMinutesDto } from './dto/approve-minutes.dto';
import { MinutesDraftDto } from './dto/minutes-draft.dto';
import { MinutesDraftResponse, MinutesVersionResponse } from './dto/minutes.response';
import { MinutesPdfFile, MinutesService } from './minutes.service';

/** Sends a PDF with the headers a browser and a cache need; the ETag is its SHA-256. */
export function sendPdf(reply: FastifyReply, file: MinutesPdfFile, cache: string): Buffer {
  void reply
    .header('Content-Type', 'application/pdf')
    .header('Content-Length', String(file.pdf.length))
    .header('Content-Disposition', `inline; filename="${file.fileName}"`)
    .header('ETag', `"${file.sha256}"`)
    .header('Cache-Control', cache)
    .header('X-Content-Type-Options', 'nosniff');
  return file.pdf;
}

@ApiTags('minutes')
@ApiBearerAuth()
@Controller('meetings/:meetingId/minutes')
export class MinutesController {
  constructor(private readonly minutes: MinutesService) {}

  @Get('draft')
  @ApiOkResponse({ type: MinutesDraftResponse })
  draft(@Param('meetingId', UuidParam('meetingId')) meetingId: string): Promise<MinutesDraftResponse> {
    return this.minutes.draft(meetingId);
  }

  @Put('draft')
  @ApiOkResponse({ type: MinutesDraftResponse })
  saveDraft(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: MinutesDraftDto,
  ): Promise<MinutesDraftResponse> {
    return this.minutes.saveDraft(actor, meetingId, dto);
  }

  @Post('render')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MinutesVersionResponse, description: 'The new version, queued for the worker' })
  render(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
  ): Promise<MinutesVersionResponse> {
    return this.minutes.render(actor, meetingId);
  }

  @Get()
  @ApiOkResponse({ type: [MinutesVersionResponse] })
  versions(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
  ): Promise<MinutesVersionResponse[]> {
    return this.minutes.versions(reader, meetingId);
  }

  @Get(':version/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF of the version (the approved copy once approved)' })
  @Header('Vary', 'Authorization')
  async pdf(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Param('version', PositiveIntParam('version')) version: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendPdf(reply, await this.minutes.pdf(reader, meetingId, version), 'private, no-cache');
  }

  @Post(':version/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: MinutesVersionResponse })
  approve(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Param('version', PositiveIntParam('version')) version: number,
    @Body() dto: ApproveMinutesDto,
  ): Promise<MinutesVersionResponse> {
    return this.minutes.approve(actor, meetingId, version, dto);
  }
}
