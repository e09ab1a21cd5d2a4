import { Body, Controller, Get, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UuidParam } from '../common/id.pipe';
import { PageLinks, pageOf } from '../common/pagination';
import { CreateMembershipDto, MembershipsQueryDto, UpdateMembershipDto } from './dto/membership.dto';
import { MembershipResponse } from './dto/membership.response';
import { MembershipsService } from './memberships.service';

@ApiTags('memberships')
@ApiBearerAuth()
@Controller()
export class MembershipsController {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly pageLinks: PageLinks,
  ) {}

  @Get('bodies/:bodyId/memberships')
  @ApiOperation({ summary: "List a body's mandates" })
  @ApiErrors(400, 404)
  @ApiOkResponse({
    type: [MembershipResponse],
    description: 'By start date then name, one page at a time',
    headers: {
      Link: { description: 'rel="next": the URL of the next page, when there is one', schema: { type: 'string' } },
    },
  })
  async list(
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Query() query: MembershipsQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MembershipResponse[]> {
    const page = pageOf(query.limit, query.offset);
    const { items, more } = await this.memberships.list(bodyId, query.activeOn, page);
    this.pageLinks.next(request, reply, page, more);
    return items;
  }

  @Post('bodies/:bodyId/memberships')
  @ApiOperation({ summary: 'Appoint a member' })
  @ApiErrors(400, 404, [
    409,
    'Refused: the category is full on some date, the person already sits then, or the term exceeds the renewals allowed',
  ])
  @ApiCreatedResponse({ type: MembershipResponse })
  appoint(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Body() dto: CreateMembershipDto,
  ): Promise<MembershipResponse> {
    return this.memberships.appoint(actor.id, bodyId, dto);
  }

  @Patch('memberships/:membershipId')
  @ApiOperation({ summary: 'End or change a mandate' })
  @ApiErrors(400, 404, 409)
  @ApiOkResponse({ type: MembershipResponse })
  change(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('membershipId', UuidParam('membershipId')) id: string,
    @Body() dto: UpdateMembershipDto,
  ): Promise<MembershipResponse> {
    return this.memberships.change(actor.id, id, dto);
  }
}
