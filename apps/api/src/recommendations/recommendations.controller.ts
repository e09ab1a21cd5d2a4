import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors';
import { isRecommendationState, RecommendationState, RecommendationSummary, ValidationError } from '@quorum/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticatedUser, CurrentUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/id.pipe';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageLinks, pageOf } from '../common/pagination';
import { AnswerRecommendationDto, CreateRecommendationDto, TransmitRecommendationDto } from './dto/recommendation.dto';
import { RecommendationResponse } from './dto/recommendation.response';
import { recommendationsCsv } from './recommendations-csv';
import { RecommendationsService } from './recommendations.service';

function assertStatusFilter(status: string | undefined): asserts status is RecommendationState | undefined {
  if (status !== undefined && !isRecommendationState(status)) {
    throw new ValidationError('recommendation.status_unknown', { field: 'status' }, ['status']);
  }
}

@ApiTags('recommendations')
@ApiBearerAuth()
@Controller()
export class RecommendationsController {
  constructor(
    private readonly recommendations: RecommendationsService,
    private readonly pageLinks: PageLinks,
  ) {}

  @Get('recommendations')
  @ApiOperation({ summary: 'List recommendations' })
  @ApiErrors(400)
  @ApiQuery({ name: 'bodyId', required: false })
  @ApiQuery({ name: 'status', required: false })
  @ApiQuery({ name: 'owner', required: false })
  @ApiQuery({ name: 'overdue', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'limit', required: false, example: DEFAULT_PAGE_SIZE, description: `1 to ${MAX_PAGE_SIZE}` })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  @ApiOkResponse({ type: [RecommendationResponse], description: 'Newest first; Link rel="next" when more follow' })
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('bodyId', UuidParam('bodyId', { optional: true })) bodyId?: string,
    @Query('status') status?: string,
    @Query('owner') owner?: string,
    @Query('overdue') overdue?: string,
    @Query('limit') limit?: string,
    @Query('offset') offset?: string,
  ): Promise<RecommendationResponse[]> {
    assertStatusFilter(status);
    if (overdue !== undefined && overdue !== 'true' && overdue !== 'false') {
      throw new ValidationError('validation.true_or_false', { field: 'overdue' }, ['overdue']);
    }
    const page = pageOf(limit, offset);
    const { items, more } = await this.recommendations.list(
      user,
      { bodyId, status, owner, overdue: overdue === 'true' },
      page,
    );
    this.pageLinks.next(request, reply, page, more);
    return items;
  }

  @Post('recommendations')
  @ApiOperation({ summary: 'Record a recommendation from an adopted proposal' })
  @ApiErrors(400, 404, 409)
  @ApiCreatedResponse({ type: RecommendationResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateRecommendationDto,
  ): Promise<RecommendationResponse> {
    return this.recommendations.create(user, dto);
  }

  @Get('bodies/:bodyId/recommendations/summary')
  @ApiOperation({ summary: "Summarise a body's recommendations" })
  @ApiErrors(400, 404)
  @ApiOkResponse({ description: 'Counts by status, overdue count, per year the median days to a first answer' })
  summary(
    @CurrentUser() user: AuthenticatedUser,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
  ): Promise<RecommendationSummary> {
    return this.recommendations.summary(user, bodyId);
  }

  @Get('bodies/:bodyId/recommendations/export.csv')
  @ApiOperation({ summary: "Export a body's recommendations (CSV)" })
  @ApiErrors(400, 404)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="recommandations.csv"')
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'status', required: false })
  @ApiOkResponse({ description: 'UTF-8 with BOM, RFC 4180; headings follow Accept-Language (fr by default)' })
  async exportCsv(
    @CurrentUser() user: AuthenticatedUser,
    @Param('bodyId', UuidParam('bodyId')) bodyId: string,
    @Headers('accept-language') acceptLanguage?: string,
    @Query('status') status?: string,
  ): Promise<string> {
    assertStatusFilter(status);
    const rows = await this.recommendations.all(user, { bodyId, status });
    return recommendationsCsv(rows, /^en\b/i.test(acceptLanguage ?? '') ? 'en' : 'fr');
  }

  @Get('recommendations/:recommendationId')
  @ApiOperation({ summary: 'Read a recommendation and its history' })
  @ApiErrors(400, 404)
  @ApiOkResponse({ type: RecommendationResponse })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('recommendationId', UuidParam('recommendationId')) id: string,
  ): Promise<RecommendationResponse> {
    return this.recommendations.get(user, id);
  }

  @Post('recommendations/:recommendationId/transmit')
  @ApiOperation({ summary: 'Transmit a recommendation to the direction' })
  @ApiErrors(400, 404, 409)
  @HttpCode(200)
  @ApiOkResponse({ type: RecommendationResponse })
  transmit(
    @CurrentUser() user: AuthenticatedUser,
    @Param('recommendationId', UuidParam('recommendationId')) id: string,
    @Body() dto: TransmitRecommendationDto,
  ): Promise<RecommendationResponse> {
    return this.recommendations.transmit(user, id, dto);
  }

  @Post('recommendations/:recommendationId/responses')
  @ApiOperation({ summary: 'Answer a recommendation' })
  @ApiErrors(400, 404, 409)
  @HttpCode(201)
  @ApiCreatedResponse({ type: RecommendationResponse })
  answer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('recommendationId', UuidParam('recommendationId')) id: string,
    @Body() dto: AnswerRecommendationDto,
  ): Promise<RecommendationResponse> {
    return this.recommendations.answer(user, id, dto);
  }
}
