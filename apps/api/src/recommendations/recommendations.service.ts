import { Injectable } from '@nestjs/common';
import { Clock, RecommendationEntity, Repositories, UnitOfWork } from '@quorum/db';
import { notificationEventMessage } from '@quorum/queue';
import {
  assertMayAnswer,
  canReadRecommendation,
  ConflictError,
  ForbiddenError,
  isoDateIn,
  isRecommendationOverdue,
  nextRecommendationState,
  RecommendationState,
  recommendationScope,
  RecommendationSummary,
  summariseRecommendations,
  termOf,
} from '@quorum/domain';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { readerOf } from '../common/reader';
import { MAX_PAGE_SIZE, Page, Paged } from '../common/pagination';
import { AnswerRecommendationDto, CreateRecommendationDto, TransmitRecommendationDto } from './dto/recommendation.dto';
import { recommendAdopted, recommendationSnapshot } from '../common/recommend-adopted';
import { RecommendationResponse, toRecommendationResponse } from './dto/recommendation.response';

export interface RecommendationQuery {
  bodyId?: string;
  status?: RecommendationState;
  owner?: string;
  overdue?: boolean;
}

/** Days are counted in the body's time zone when the list is of one body, in UTC across bodies. */
const UTC = 'UTC';

/**
 * Recommendations: adopted proposals the secretariat transmits to the general directorate, which
 * answers them step by step; every step is kept.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  private async today(bodyId: string | undefined): Promise<string> {
    const zone = bodyId ? (await this.repos.bodies.get(bodyId)).meetingSlot.timeZone : UTC;
    return isoDateIn(this.clock.now(), zone);
  }

  /** A page of the recommendations the reader may read (see `recommendationScope`) matching the query. */
  async list(user: AuthenticatedUser, query: RecommendationQuery, page: Page): Promise<Paged<RecommendationResponse>> {
    const today = await this.today(query.bodyId);
    const scope = recommendationScope(await readerOf(this.repos, this.clock, user));
    const { items, more } = await this.repos.recommendations.list({
      bodyId: query.bodyId,
      bodyIds: scope.bodyIds === 'all' ? undefined : scope.bodyIds,
      transmittedOnly: scope.transmittedOnly,
      status: query.status,
      owner: query.owner,
      overdueOn: query.overdue ? today : undefined,
      ...page,
    });
    const mapped = await Promise.all(items.map((r) => this.respond(r, today)));
    return { items: mapped, more };
  }

  /** Every recommendation of a body matching the query, for the CSV export (read page by page). */
  async all(user: AuthenticatedUser, query: RecommendationQuery): Promise<RecommendationResponse[]> {
    const rows: RecommendationResponse[] = [];
    for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
      const { items, more } = await this.list(user, query, { limit: MAX_PAGE_SIZE, offset });
      rows.push(...items);
      if (!more) return rows;
    }
  }

  async get(user: AuthenticatedUser, id: string): Promise<RecommendationResponse> {
    const recommendation = await this.repos.recommendations.get(id);
    if (!canReadRecommendation(await readerOf(this.repos, this.clock, user), recommendation)) {
      throw new ForbiddenError('recommendation.not_transmitted');
    }
    return this.respond(recommendation, await this.today(recommendation.bodyId));
  }

  /** The body's figures as the reader sees them: the direction's count only what was transmitted to it. */
  async summary(user: AuthenticatedUser, bodyId: string): Promise<RecommendationSummary> {
    const today = await this.today(bodyId);
    const { transmittedOnly } = recommendationScope(await readerOf(this.repos, this.clock, user));
    const all = await this.repos.recommendations.ofBody(bodyId);
    return summariseRecommendations(transmittedOnly ? all.filter((r) => r.status !== 'adopted') : all, today);
  }

  /** The secretariat records the recommendation of a proposal adopted outside a poll held in Quorum. */
  async create(user: AuthenticatedUser, dto: CreateRecommendationDto): Promise<RecommendationResponse> {
    const id = await this.unitOfWork.run(user.id, async (work) => {
      const proposal = await work.repos.proposals.lock(dto.proposalId);
      if (proposal.status !== 'adopted') {
        throw new ConflictError(
          'recommendation.proposal_not_adopted',
          { status: termOf('proposal_status', proposal.status) },
          ['proposalId'],
        );
      }
      return recommendAdopted(work, proposal, { meetingId: null, pollId: null });
    });
    return this.get(user, id);
  }

  transmit(user: AuthenticatedUser, id: string, dto: TransmitRecommendationDto): Promise<RecommendationResponse> {
    return this.step(user, id, 'recommendation.transmit', (r) => ({
      status: nextRecommendationState(r.status, 'transmitted'),
      text: dto.text ?? '',
      owner: r.owner,
      dueDate: r.dueDate,
    }));
  }

  answer(user: AuthenticatedUser, id: string, dto: AnswerRecommendationDto): Promise<RecommendationResponse> {
    assertMayAnswer(user.role);
    return this.step(user, id, 'recommendation.answer', (r) => ({
      status: nextRecommendationState(r.status, dto.status),
      text: dto.text,
      owner: dto.owner ?? r.owner,
      dueDate: dto.dueDate ?? r.dueDate,
    }));
  }

  /** One step of the history: the rule decides the new state; the step and the new state are one write. */
  private async step(
    user: AuthenticatedUser,
    id: string,
    action: string,
    decide: (r: RecommendationEntity) => {
      status: RecommendationState;
      text: string;
      owner: string | null;
      dueDate: string | null;
    },
  ): Promise<RecommendationResponse> {
    await this.unitOfWork.run(user.id, async ({ repos, now, audit, outbox }) => {
      const recommendation = await repos.recommendations.lock(id);
      const before = recommendationSnapshot(recommendation);
      const next = decide(recommendation);
      Object.assign(recommendation, { status: next.status, owner: next.owner, dueDate: next.dueDate });
      if (next.status === 'transmitted') recommendation.transmittedAt = now;
      else recommendation.firstAnsweredAt ??= now;
      const saved = await repos.recommendations.save(recommendation);
      const stepId = await repos.recommendations.recordStep({ recommendationId: id, ...next, by: user.id, at: now });
      // The DG's answers reach the body's members; a transmission is the secretariat's own step.
      if (next.status !== 'transmitted') {
        outbox(notificationEventMessage({ event: 'recommendation_answered', recommendationId: id, stepId }));
      }
      audit({ action, entityType: 'recommendation', entityId: id, before, after: recommendationSnapshot(saved) });
    });
    return this.get(user, id);
  }

  private async respond(r: RecommendationEntity, today: string): Promise<RecommendationResponse> {
    const history = await this.repos.recommendations.history(r.id);
    return toRecommendationResponse(r, history, isRecommendationOverdue(r, today));
  }
}
