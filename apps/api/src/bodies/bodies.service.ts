import { Injectable } from '@nestjs/common';
import { BodyEntity, GRAM, Repositories, UnitOfWork } from '@quorum/db';
import {
  assertBodySettings,
  assertCategoriesHoldMandates,
  BODY_DEFAULTS,
  CALENDAR_TIME_ZONE,
  isoDateIn,
} from '@quorum/domain';
import { rejectNulls } from '../common/reject-nulls';
import { CreateBodyDto, UpdateBodyDto } from './dto/body.dto';
import { BodyResponse, toBodyResponse } from './dto/body.response';

/**
 * Bodies and their settings. The worked example of a feature service: reads go through
 * `Repositories`; each write is one `UnitOfWork` in which repositories load and lock, a rule of
 * libs/domain decides, repositories save, and one audit event records a domain snapshot.
 */
@Injectable()
export class BodiesService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(): Promise<BodyResponse[]> {
    return (await this.repos.bodies.list()).map(toBodyResponse);
  }

  async get(id: string): Promise<BodyResponse> {
    return toBodyResponse(await this.repos.bodies.get(id));
  }

  create(actorId: string, dto: CreateBodyDto): Promise<BodyResponse> {
    // Décret defaults; a new body meets where and when GRAM does unless told otherwise.
    const settings = { ...BODY_DEFAULTS, meetingSlot: GRAM.meetingSlot, ...dto };
    assertBodySettings(settings);
    return this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      const body = await repos.bodies.create(settings);
      audit({ action: 'body.create', entityType: 'body', entityId: body.id, after: bodySnapshot(body) });
      return toBodyResponse(body);
    });
  }

  update(actorId: string, id: string, dto: UpdateBodyDto): Promise<BodyResponse> {
    // Every setting of a body has a value: a change may leave one out, never empty it.
    rejectNulls(dto, Object.keys(dto) as (keyof UpdateBodyDto & string)[]);
    return this.unitOfWork.run(actorId, async ({ repos, now, audit }) => {
      // The body's row is locked: no appointment can slip in between the checks and the save.
      const body = await repos.bodies.lock(id);
      const before = bodySnapshot(body);
      const changed = Object.assign(body, dto);
      assertBodySettings(changed);
      if (dto.categories) {
        const mandates = await repos.memberships.ofBody(id);
        assertCategoriesHoldMandates(changed.categories, mandates, isoDateIn(now, CALENDAR_TIME_ZONE));
      }
      const saved = await repos.bodies.save(changed);
      audit({ action: 'body.update', entityType: 'body', entityId: id, before, after: bodySnapshot(saved) });
      return toBodyResponse(saved);
    });
  }
}

/** What the audit log keeps of a body: its settings, without bookkeeping columns. */
function bodySnapshot(body: BodyEntity) {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...settings } = body;
  return settings;
}
