import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { BallotsService } from './ballots.service';
import { BallotResponse, CastBallotDto } from './dto/ballot.dto';
import { RecordRecusalDto, RecusalResponse } from './dto/recusal.dto';
import { RecusalsService } from './recusals.service';

@ApiTags('votes')
@ApiBearerAuth()
@Controller()
export class VotesController {
  constructor(
    private readonly ballots: BallotsService,
    private readonly recusals: RecusalsService,
  ) {}

  @Post('polls/:pollId/ballots')
  @ApiOperation({ summary: 'Cast a ballot' })
  @ApiErrors(400, 404, [409, 'Already voted, or the poll is not open'])
  @ApiCreatedResponse({ type: BallotResponse })
  cast(
    @CurrentUser() user: AuthenticatedUser,
    @Param('pollId', UuidParam('pollId')) pollId: string,
    @Body() dto: CastBallotDto,
  ): Promise<BallotResponse> {
    return this.ballots.cast(user, pollId, dto);
  }

  @Get('agenda-items/:itemId/recusals')
  @ApiOperation({ summary: 'List the recusals on an agenda item' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: [RecusalResponse] })
  recusalsOf(@Param('itemId', UuidParam('itemId')) itemId: string): Promise<RecusalResponse[]> {
    return this.recusals.ofItem(itemId);
  }

  @Post('agenda-items/:itemId/recusals')
  @ApiOperation({ summary: 'Record a recusal' })
  @ApiErrors(400, 404, 409, 422)
  @ApiCreatedResponse({ type: RecusalResponse })
  recuse(
    @CurrentUser() user: AuthenticatedUser,
    @Param('itemId', UuidParam('itemId')) itemId: string,
    @Body() dto: RecordRecusalDto,
  ): Promise<RecusalResponse> {
    return this.recusals.record(user, itemId, dto);
  }
}
