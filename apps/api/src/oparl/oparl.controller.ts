import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { ApiErrors } from '../common/api-errors';
import { NotFoundError } from '@quorum/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UuidParam } from '../common/id.pipe';
import { cacheable, oparlBase, oparlPage } from './oparl-http';
import { OPARL_LISTS, OparlList, OparlService } from './oparl.service';

/** Open data without login (PUBLIC in the access matrix), after OParl 1.1. */
@ApiTags('open data (OParl 1.1)')
@Controller('oparl/v1')
export class OparlController {
  /** Every id is a URL under the configured public address (see `oparlBase`). */
  private readonly publicUrl: string;
  private readonly base: string;

  constructor(
    private readonly oparl: OparlService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicUrl = config.mail.publicUrl;
    this.base = oparlBase(this.publicUrl);
  }

  @Get('system')
  @ApiOperation({ summary: 'Read the OParl system' })
  @ApiOkResponse({ description: 'The OParl System object' })
  system(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return cacheable(request, reply, this.oparl.system(this.base));
  }

  @Get('bodies')
  @ApiOperation({ summary: 'List bodies (OParl)' })
  @ApiErrors(400)
  @ApiOkResponse({ description: 'A page of Body objects' })
  async bodies(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('page') page?: string,
  ) {
    return cacheable(request, reply, oparlPage(this.publicUrl, request, await this.oparl.bodies(this.base), page));
  }

  @Get('bodies/:bodyId')
  @ApiOperation({ summary: 'Read a body (OParl)' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ description: 'One Body object' })
  async body(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
  ) {
    return cacheable(request, reply, await this.oparl.body(this.base, bodyId));
  }

  @Get('bodies/:bodyId/:list')
  @ApiOperation({ summary: "List one kind of a body's objects (OParl)" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ description: `A page of one list: ${OPARL_LISTS.join(', ')}` })
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Param('list') list: string,
    @Query('page') page?: string,
  ) {
    if (!(OPARL_LISTS as readonly string[]).includes(list)) throw new NotFoundError('oparl_list.not_found', list);
    const all = await this.oparl.list(this.base, bodyId, list as OparlList);
    return cacheable(request, reply, oparlPage(this.publicUrl, request, all, page));
  }

  @Get('bodies/:bodyId/:list/:objectId')
  @ApiOperation({ summary: 'Read one object of a body (OParl)' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ description: 'One object of a list, at the URL that is its id' })
  async object(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Param('list') list: string,
    @Param('objectId', UuidParam('objectId')) objectId: string,
  ) {
    if (!(OPARL_LISTS as readonly string[]).includes(list)) throw new NotFoundError('oparl_list.not_found', list);
    return cacheable(request, reply, await this.oparl.object(this.base, bodyId, list as OparlList, objectId));
  }
}
