import type { RecommendationState } from '@quorum/domain';
import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { RecommendationResponseEntity } from '../entities/recommendation-response.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { onePage } from './paging';

export interface RecommendationFilter {
  bodyId?: string;
  /** Only those of these bodies (a reader's); every body when absent. */
  bodyIds?: readonly string[];
  /** Only those transmitted to the direction (every status but `adopted`). */
  transmittedOnly?: boolean;
  status?: RecommendationState;
  owner?: string;
  /** Only those overdue on this date (due date before it, neither implemented nor rejected). */
  overdueOn?: string;
  limit: number;
  offset: number;
}

/** Every query and lock on recommendations and the steps of their history. */
export class RecommendationsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(RecommendationEntity);
  }

  private get steps() {
    return this.manager.getRepository(RecommendationResponseEntity);
  }

  async get(id: string): Promise<RecommendationEntity> {
    const found = await this.table.findOneBy({ id });
    if (!found) throw new NotFoundError('recommendation.not_found', id);
    return found;
  }

  /** FOR UPDATE: two answers to one recommendation run one after the other. */
  async lock(id: string): Promise<RecommendationEntity> {
    const found = await this.table.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new NotFoundError('recommendation.not_found', id);
    return found;
  }

  ofProposal(proposalId: string): Promise<RecommendationEntity | null> {
    return this.table.findOneBy({ proposalId });
  }

  /** One page in a stable order (newest first), plus whether more rows follow. */
  async list(filter: RecommendationFilter): Promise<{ items: RecommendationEntity[]; more: boolean }> {
    const q = this.table.createQueryBuilder('r');
    if (filter.bodyId) q.andWhere('r.body_id = :bodyId', { bodyId: filter.bodyId });
    if (filter.bodyIds) {
      if (filter.bodyIds.length === 0) return { items: [], more: false };
      q.andWhere('r.body_id IN (:...bodyIds)', { bodyIds: filter.bodyIds });
    }
    if (filter.transmittedOnly) q.andWhere(`r.status <> 'adopted'`);
    if (filter.status) q.andWhere('r.status = :status', { status: filter.status });
    if (filter.owner) q.andWhere('r.owner = :owner', { owner: filter.owner });
    if (filter.overdueOn) {
      q.andWhere(`r.due_date < :today AND r.status NOT IN ('implemented', 'rejected')`, { today: filter.overdueOn });
    }
    return onePage(q.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'ASC'), filter);
  }

  ofBody(bodyId: string): Promise<RecommendationEntity[]> {
    return this.table.find({ where: { bodyId }, order: { createdAt: 'ASC' } });
  }

  create(fields: Omit<RecommendationEntity, 'id' | 'createdAt' | 'updatedAt'>): Promise<RecommendationEntity> {
    return this.table.save(this.table.create(fields));
  }

  save(recommendation: RecommendationEntity): Promise<RecommendationEntity> {
    return this.table.save(recommendation);
  }

  /** Appends a step to the history and returns its id. */
  async recordStep(step: Omit<RecommendationResponseEntity, 'id'>): Promise<string> {
    return (await this.steps.save(this.steps.create(step))).id;
  }

  /** The steps of one recommendation's history, oldest first. */
  history(recommendationId: string): Promise<RecommendationResponseEntity[]> {
    return this.steps.find({ where: { recommendationId }, order: { at: 'ASC', id: 'ASC' } });
  }
}
