import { Injectable } from '@nestjs/common';
import { Repositories, stateOf, UnitOfWork } from '@quorum/db';
import { assertMandateAllowed, NotFoundError, ValidationError, withTermEnd } from '@quorum/domain';
import { CreateMembershipDto, UpdateMembershipDto } from './dto/membership.dto';
import { MembershipResponse, toMembershipResponse } from './dto/membership.response';
import { Page, Paged } from '../common/pagination';

/**
 * Appointments and changes of mandates. Each one locks its body's row first (SELECT … FOR UPDATE),
 * so that changes to one body's composition run one at a time: the rules then judge the mandates
 * as they really are, and parallel requests for the last seat cannot both see it free.
 */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** One page of a body's mandates (one row more is read, to tell whether a page follows). */
  async list(bodyId: string, activeOn: string | undefined, page: Page): Promise<Paged<MembershipResponse>> {
    if (!(await this.repos.bodies.exists(bodyId))) throw new NotFoundError('body.not_found', bodyId);
    const rows = await this.repos.memberships.list(bodyId, activeOn, { limit: page.limit + 1, offset: page.offset });
    return {
      items: rows.slice(0, page.limit).map((m) => toMembershipResponse(m, m.person!)),
      more: rows.length > page.limit,
    };
  }

  appoint(actorId: string, bodyId: string, dto: CreateMembershipDto): Promise<MembershipResponse> {
    return this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      const body = await repos.bodies.lock(bodyId);
      const person = await repos.people.find(dto.personId);
      if (!person) {
        throw new ValidationError('membership.person_unknown', { id: dto.personId }, ['personId']);
      }
      const mandates = await repos.memberships.ofBody(bodyId);
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
      const membership = await repos.memberships.create({ ...candidate, bodyId, endReason: dto.endReason ?? null });
      audit({
        action: 'membership.create',
        entityType: 'membership',
        entityId: membership.id,
        after: stateOf(membership),
      });
      return toMembershipResponse(membership, person);
    });
  }

  change(actorId: string, id: string, dto: UpdateMembershipDto): Promise<MembershipResponse> {
    if (dto.endDate === undefined && dto.endReason === undefined && dto.role === undefined) {
      throw new ValidationError(
        'validation.nothing_to_change_of',
        { fields: { anyOf: ['endDate', 'endReason', 'role'] } },
        ['body'],
      );
    }
    return this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      const found = await repos.memberships.get(id);
      const body = await repos.bodies.lock(found.bodyId);
      // Read again under the body's lock: a concurrent change may have landed meanwhile.
      const mandates = await repos.memberships.ofBodyWithPeople(body.id);
      const stored = mandates.find((m) => m.id === id);
      if (!stored) throw new NotFoundError('membership.not_found', id);
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
      await repos.memberships.update(id, changes);
      audit({
        action: 'membership.update',
        entityType: 'membership',
        entityId: id,
        before: stateOf(stored),
        after: stateOf(changed),
      });
      return toMembershipResponse(changed, stored.person!);
    });
  }
}
