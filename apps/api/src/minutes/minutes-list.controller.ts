import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-errors';
import { UuidParam } from '../common/id.pipe';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageLinks, pageOf } from '../common/pagination';
import { ApprovedMinutesResponse } from './dto/minutes.response';
import { MinutesService } from './minutes.service';

/** The approved minutes across meetings, for a reader to find them without going meeting by meeting. */
@ApiTags('minutes')
@ApiBearerAuth()
@Controller('minutes')
export class MinutesListController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly pageLinks: PageLinks,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List the approved minutes the caller reads' })
  @ApiErrors(400)
  @ApiQuery({ name: 'bodyId', required: false, description: 'Only this body’s minutes', format: 'uuid' })
  @ApiQuery({ name: 'limit', required: false, example: DEFAULT_PAGE_SIZE, description: `1 to ${MAX_PAGE_SIZE}` })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  @ApiOkResponse({
    type: [ApprovedMinutesResponse],
    description: 'The latest meeting first; Link rel="next" when more follow',
  })
  async list(
    @CurrentUser() reader: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('bodyId', UuidParam('bodyId', { optional: true })) bodyId?: string,
    @Query('limit') limit?: string,
    @Query('offset') offset?: string,
  ): Promise<ApprovedMinutesResponse[]> {
    const page = pageOf(limit, offset);
    const { items, more } = await this.minutes.approvedList(reader, page, bodyId);
    this.pageLinks.next(request, reply, page, more);
    return items;
  }
}
