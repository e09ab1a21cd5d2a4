import { Injectable } from '@nestjs/common';
import { Clock, Repositories, UnitOfWork } from '@quorum/db';
import { isActionOverdue, isoDateIn, nextActionState, ValidationError } from '@quorum/domain';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { CreateActionDto, UpdateActionDto } from './dto/action.dto';
import { actionSnapshot, ActionResponse, toActionResponse } from './dto/action.response';

/** Actions decided in meetings: an assignee, a due date, a status; overdue ones stand out. */
@Injectable()
export class ActionsService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async list(meetingId: string, overdueOnly: boolean): Promise<ActionResponse[]> {
    const { body } = await this.repos.meetings.withBody(meetingId);
    const today = isoDateIn(this.clock.now(), body.meetingSlot.timeZone);
    const actions = await this.repos.actions.ofMeeting(meetingId, overdueOnly ? today : undefined);
    return actions.map((a) => toActionResponse(a, isActionOverdue(a, today)));
  }

  create(user: AuthenticatedUser, meetingId: string, dto: CreateActionDto): Promise<ActionResponse> {
    return this.unitOfWork.run(user.id, async ({ repos, now, audit }) => {
      const { meeting, body } = await repos.meetings.lockWithBody(meetingId);
      const action = await repos.actions.create({
        meetingId: meeting.id,
        title: dto.title,
        assignee: dto.assignee,
        dueDate: dto.dueDate ?? null,
        status: 'open',
      });
      audit({ action: 'action.create', entityType: 'action', entityId: action.id, after: actionSnapshot(action) });
      return toActionResponse(action, isActionOverdue(action, isoDateIn(now, body.meetingSlot.timeZone)));
    });
  }

  update(user: AuthenticatedUser, id: string, dto: UpdateActionDto): Promise<ActionResponse> {
    if (Object.values(dto).every((v) => v === undefined)) {
      throw new ValidationError(
        'validation.nothing_to_change_of',
        { fields: { anyOf: ['title', 'assignee', 'dueDate', 'status'] } },
        ['status'],
      );
    }
    return this.unitOfWork.run(user.id, async ({ repos, now, audit }) => {
      const action = await repos.actions.lock(id);
      const { body } = await repos.meetings.withBody(action.meetingId);
      const before = actionSnapshot(action);
      Object.assign(action, {
        title: dto.title ?? action.title,
        assignee: dto.assignee ?? action.assignee,
        dueDate: dto.dueDate ?? action.dueDate,
        status: dto.status ? nextActionState(action.status, dto.status) : action.status,
      });
      const saved = await repos.actions.save(action);
      audit({ action: 'action.update', entityType: 'action', entityId: id, before, after: actionSnapshot(saved) });
      return toActionResponse(saved, isActionOverdue(saved, isoDateIn(now, body.meetingSlot.timeZone)));
    });
  }
}
