import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { appendAudit, BodyEntity, MembershipEntity, PersonEntity } from '@quorum/db';
import {
  assertMandateAllowed,
  Category,
  categoryChangeProblems,
  ConflictError,
  NotFoundError,
  ValidationError,
  withTermEnd,
} from '@quorum/domain';
import { DataSource, EntityManager } from 'typeorm';
import { today } from '../common/today';
import { CreateMembershipDto, UpdateMembershipDto } from './dto/membership.dto';
import { MembershipResponse, toMembershipResponse } from './dto/membership.response';

/**
 * Appointments and changes of mandates. Each one locks its body's row first (SELECT … FOR UPDATE),
 * so that changes to one body's composition run one at a time: the rules then judge the mandates
 * as they really are, and parallel requests for the last seat cannot both see it free.
 */
@Injectable()
export class MembershipsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(bodyId: string, activeOn?: string): Promise<MembershipResponse[]> {
    if (!(await this.dataSource.getRepository(BodyEntity).existsBy({ id: bodyId }))) {
      throw new NotFoundError('Body', bodyId);
    }
    const query = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.person', 'p')
      .where('m.body_id = :bodyId', { bodyId })
      .orderBy('m.start_date', 'ASC')
      .addOrderBy('p.full_name', 'ASC');
    if (activeOn) {
      query.andWhere('m.start_date <= :activeOn AND (m.end_date IS NULL OR m.end_date >= :activeOn)', { activeOn });
    }
    return (await query.getMany()).map((m) => toMembershipResponse(m, m.person!));
  }

  async appoint(actorId: string, bodyId: string, dto: CreateMembershipDto): Promise<MembershipResponse> {
    return this.dataSource.transaction(async (manager) => {
      const body = await this.lockBody(manager, bodyId);
      const person = await manager.getRepository(PersonEntity).findOneBy({ id: dto.personId });
      if (!person) {
        throw new ValidationError(`No person has the id ${dto.personId}`, [
          { field: 'personId', message: 'names no person' },
        ]);
      }
      const mandates = await manager.getRepository(MembershipEntity).findBy({ bodyId });
      const candidate = withTermEnd(
        {
          personId: dto.personId,
          category: dto.category,
          role: dto.role ?? 'member',
          startDate: dto.startDate,
          endDate: dto.endDate ?? null,
        },
        body.termYears,
      );
      assertMandateAllowed(candidate, mandates, body);
      const membership = await manager
        .getRepository(MembershipEntity)
        .save(manager.create(MembershipEntity, { ...candidate, bodyId, endReason: dto.endReason ?? null }));
      const after = toMembershipResponse(membership, person);
      await appendAudit(manager, {
        actorId,
        action: 'membership.create',
        entityType: 'membership',
        entityId: membership.id,
        after,
      });
      return after;
    });
  }

  async change(actorId: string, id: string, dto: UpdateMembershipDto): Promise<MembershipResponse> {
    if (dto.endDate === undefined && dto.endReason === undefined && dto.role === undefined) {
      throw new ValidationError('Nothing to change: give endDate, endReason or role', [
        { field: 'body', message: 'must set endDate, endReason or role' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(MembershipEntity);
      const found = await repository.findOneBy({ id });
      if (!found) throw new NotFoundError('Membership', id);
      const body = await this.lockBody(manager, found.bodyId);
      // Read again under the body's lock: a concurrent change may have landed meanwhile.
      const mandates = await repository.find({ where: { bodyId: body.id }, relations: { person: true } });
      const stored = mandates.find((m) => m.id === id);
      if (!stored) throw new NotFoundError('Membership', id);
      const before = toMembershipResponse(stored, stored.person!);
      const changes = {
        endDate: dto.endDate ?? stored.endDate,
        role: dto.role ?? stored.role,
        endReason: dto.endReason === undefined ? stored.endReason : dto.endReason,
      };
      const changed = { ...stored, ...changes };
      assertMandateAllowed(
        changed,
        mandates.filter((m) => m.id !== id),
        body,
      );
      await repository.update({ id }, changes);
      const after = toMembershipResponse(changed, stored.person!);
      await appendAudit(manager, {
        actorId,
        action: 'membership.update',
        entityType: 'membership',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * Refuses (409) new categories for a body that would not hold its mandates from today on. Runs
   * in the caller's transaction, which holds the body's row lock, as appointments do.
   */
  async assertCategoriesHoldMandates(manager: EntityManager, bodyId: string, categories: Category[]): Promise<void> {
    const mandates = await manager.getRepository(MembershipEntity).findBy({ bodyId });
    const problems = categoryChangeProblems(categories, mandates, today());
    if (problems.length > 0) {
      throw new ConflictError(
        `The categories would not hold the body's mandates: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        problems,
      );
    }
  }

  private async lockBody(manager: EntityManager, id: string): Promise<BodyEntity> {
    const body = await manager
      .getRepository(BodyEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!body) throw new NotFoundError('Body', id);
    return body;
  }
}
