import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
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
  @ApiOperation({ summary: "Read a meeting's minutes draft" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: MinutesDraftResponse })
  draft(@Param('meetingId', UuidParam('meetingId')) meetingId: string): Promise<MinutesDraftResponse> {
    return this.minutes.draft(meetingId);
  }

  @Put('draft')
  @ApiOperation({ summary: "Save a meeting's minutes draft" })
  @ApiErrors(400, 404, 409, 422)
  @ApiOkResponse({ type: MinutesDraftResponse })
  saveDraft(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
    @Body() dto: MinutesDraftDto,
  ): Promise<MinutesDraftResponse> {
    return this.minutes.saveDraft(actor, meetingId, dto);
  }

  @Post('render')
  @ApiOperation({ summary: 'Render the minutes as a new version' })
  @ApiErrors(400, 404, 409, 422)
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MinutesVersionResponse, description: 'The new version, queued for the worker' })
  render(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
  ): Promise<MinutesVersionResponse> {
    return this.minutes.render(actor, meetingId);
  }

  @Get()
  @ApiOperation({ summary: "List the versions of a meeting's minutes" })
  @ApiErrors(400, [403, 'The caller may not read these minutes'], 404)
  @ApiOkResponse({ type: [MinutesVersionResponse] })
  versions(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('meetingId', UuidParam('meetingId')) meetingId: string,
  ): Promise<MinutesVersionResponse[]> {
    return this.minutes.versions(reader, meetingId);
  }

  @Get(':version/pdf')
  @ApiOperation({ summary: 'Read a version of the minutes (PDF)' })
  @ApiErrors(400, [403, 'The caller may not read this version'], 404, [409, 'The PDF is not rendered yet'])
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
  @ApiOperation({ summary: 'Approve a version of the minutes' })
  @ApiErrors(400, 404, 409, 422)
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
