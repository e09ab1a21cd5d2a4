import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { appendAudit, BodyEntity, PG, pgErrorCode } from '@quorum/db';
import { bodySettingsProblems, ConflictError, GRAM, NotFoundError, ValidationError } from '@quorum/domain';
import { DataSource, EntityManager } from 'typeorm';
import { MembershipsService } from '../memberships/memberships.service';
import { rejectNulls } from '../common/reject-nulls';
import { CreateBodyDto, UpdateBodyDto } from './dto/body.dto';
import { BodyResponse, toBodyResponse } from './dto/body.response';

@Injectable()
export class BodiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
  ) {}

  async list(): Promise<BodyResponse[]> {
    const bodies = await this.dataSource.getRepository(BodyEntity).find({ order: { name: 'ASC' } });
    return bodies.map(toBodyResponse);
  }

  async get(id: string): Promise<BodyResponse> {
    return toBodyResponse(await this.load(this.dataSource.manager, id));
  }

  async create(actorId: string, dto: CreateBodyDto): Promise<BodyResponse> {
    const { slug: _slug, name: _name, categories: _categories, ...defaults } = GRAM;
    const settings = { ...defaults, ...dto };
    this.checkSettings(settings);
    return this.saving(dto.slug, () =>
      this.dataSource.transaction(async (manager) => {
        const body = await manager.getRepository(BodyEntity).save(manager.create(BodyEntity, settings));
        const after = toBodyResponse(body);
        await appendAudit(manager, { actorId, action: 'body.create', entityType: 'body', entityId: body.id, after });
        return after;
      }),
    );
  }

  async update(actorId: string, id: string, dto: UpdateBodyDto): Promise<BodyResponse> {
    // Every setting of a body has a value: a change may leave one out, never empty it.
    rejectNulls(dto, Object.keys(dto) as (keyof UpdateBodyDto & string)[]);
    return this.saving(dto.slug, () =>
      this.dataSource.transaction(async (manager) => {
        const body = await this.load(manager, id, true);
        const before = toBodyResponse(body);
        const merged = Object.assign(body, dto);
        this.checkSettings(merged);
        // The body's row is locked: no appointment can slip in between this check and the save.
        if (dto.categories) await this.memberships.assertCategoriesHoldMandates(manager, id, merged.categories);
        const after = toBodyResponse(await manager.getRepository(BodyEntity).save(merged));
        await appendAudit(manager, { actorId, action: 'body.update', entityType: 'body', entityId: id, before, after });
        return after;
      }),
    );
  }

  private checkSettings(settings: Parameters<typeof bodySettingsProblems>[0]): void {
    const problems = bodySettingsProblems(settings);
    if (problems.length > 0) {
      throw new ValidationError(
        `Invalid body settings: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        problems,
      );
    }
  }

  private async saving<T>(slug: string | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (pgErrorCode(error) === PG.uniqueViolation) {
        throw new ConflictError(`A body with the slug ${slug} already exists`, [
          { field: 'slug', message: 'is already taken' },
        ]);
      }
      throw error;
    }
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<BodyEntity> {
    const body = await manager
      .getRepository(BodyEntity)
      .findOne({ where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!body) throw new NotFoundError('Body', id);
    return body;
  }
}
