import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { ActionEntity } from '../entities/action.entity';

/** Every query and lock on the actions decided in meetings. */
export class ActionsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(ActionEntity);
  }

  async lock(id: string): Promise<ActionEntity> {
    const found = await this.table.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new NotFoundError('action.not_found', id);
    return found;
  }

  /** A meeting's actions in the order they were decided; only the overdue ones on `overdueOn` if given. */
  ofMeeting(meetingId: string, overdueOn?: string): Promise<ActionEntity[]> {
    const q = this.table.createQueryBuilder('a').where('a.meeting_id = :meetingId', { meetingId });
    if (overdueOn) {
      q.andWhere(`a.due_date < :today AND a.status IN ('open', 'in_progress')`, { today: overdueOn });
    }
    return q.orderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }

  create(fields: Omit<ActionEntity, 'id' | 'createdAt' | 'updatedAt'>): Promise<ActionEntity> {
    return this.table.save(this.table.create(fields));
  }

  save(action: ActionEntity): Promise<ActionEntity> {
    return this.table.save(action);
  }
}
