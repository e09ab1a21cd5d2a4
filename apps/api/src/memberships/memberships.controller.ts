import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { CreateMembershipDto, MembershipsQueryDto, UpdateMembershipDto } from './dto/membership.dto';
import { MembershipResponse } from './dto/membership.response';
import { MembershipsService } from './memberships.service';

@ApiTags('memberships')
@ApiBearerAuth()
@Controller()
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get('bodies/:bodyId/memberships')
  @ApiOkResponse({ type: [MembershipResponse] })
  list(
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Query() query: MembershipsQueryDto,
  ): Promise<MembershipResponse[]> {
    return this.memberships.list(bodyId, query.activeOn);
  }

  @Post('bodies/:bodyId/memberships')
  @ApiCreatedResponse({ type: MembershipResponse })
  appoint(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Body() dto: CreateMembershipDto,
  ): Promise<MembershipResponse> {
    return this.memberships.appoint(actor.id, bodyId, dto);
  }

  @Patch('memberships/:membershipId')
  @ApiOkResponse({ type: MembershipResponse })
  change(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('membershipId', UuidParam('membershipId')) id: string,
    @Body() dto: UpdateMembershipDto,
  ): Promise<MembershipResponse> {
    return this.memberships.change(actor.id, id, dto);
  }
}
