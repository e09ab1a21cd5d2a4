import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { CreateProposalDto, UpdateProposalDto } from './dto/proposal.dto';
import { ProposalResponse, ProposalVersionResponse } from './dto/proposal.response';
import { ProposalsService } from './proposals.service';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller()
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Get('bodies/:bodyId/proposals')
  @ApiOperation({ summary: "List a body's proposals" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: [ProposalResponse] })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
  ): Promise<ProposalResponse[]> {
    return this.proposals.list(user, bodyId);
  }

  @Post('bodies/:bodyId/proposals')
  @ApiOperation({ summary: 'Draft a proposal' })
  @ApiErrors(400, 404)
  @ApiCreatedResponse({ type: ProposalResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Body() dto: CreateProposalDto,
  ): Promise<ProposalResponse> {
    return this.proposals.create(user, bodyId, dto);
  }

  @Get('proposals/:proposalId')
  @ApiOperation({ summary: 'Read a proposal' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: ProposalResponse })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', UuidParam('proposalId')) id: string,
  ): Promise<ProposalResponse> {
    return this.proposals.get(user, id);
  }

  @Get('proposals/:proposalId/versions')
  @ApiOperation({ summary: "List the versions of a proposal's text" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: [ProposalVersionResponse] })
  versions(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', UuidParam('proposalId')) id: string,
  ): Promise<ProposalVersionResponse[]> {
    return this.proposals.versions(user, id);
  }

  @Patch('proposals/:proposalId')
  @ApiOperation({ summary: 'Change a proposal' })
  @ApiErrors(400, 404, 409)
  @ApiOkResponse({ type: ProposalResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', UuidParam('proposalId')) id: string,
    @Body() dto: UpdateProposalDto,
  ): Promise<ProposalResponse> {
    return this.proposals.update(user, id, dto);
  }

  @Post('proposals/:proposalId/submit')
  @ApiOperation({ summary: 'Submit a proposal' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: ProposalResponse })
  submit(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', UuidParam('proposalId')) id: string,
  ): Promise<ProposalResponse> {
    return this.proposals.submit(user, id);
  }

  @Post('proposals/:proposalId/withdraw')
  @ApiOperation({ summary: 'Withdraw a proposal' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: ProposalResponse })
  withdraw(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', UuidParam('proposalId')) id: string,
  ): Promise<ProposalResponse> {
    return this.proposals.withdraw(user, id);
  }

  @Post('proposals/:proposalId/amendments')
  @ApiOperation({ summary: 'Propose an amendment' })
  @ApiErrors(400, 404, 409)
  @ApiCreatedResponse({ type: ProposalResponse })
  amend(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', UuidParam('proposalId')) id: string,
    @Body() dto: CreateProposalDto,
  ): Promise<ProposalResponse> {
    return this.proposals.amend(user, id, dto);
  }
}
