import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { PollEntity } from '../entities/poll.entity';

/** Every query and lock on polls. */
export class PollsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(PollEntity);
  }

  async get(id: string): Promise<PollEntity> {
    const poll = await this.table.findOneBy({ id });
    if (!poll) throw new NotFoundError('poll.not_found', id);
    return poll;
  }

  /**
   * The poll locked: `update` for opening and closing, `share` for casting a ballot. Ballots share
   * the lock, so they run side by side; a close waits for those in flight, and any ballot after it
   * finds the poll closed.
   */
  async lock(id: string, mode: 'update' | 'share'): Promise<PollEntity> {
    const poll = await this.table.findOne({
      where: { id },
      lock: { mode: mode === 'update' ? 'pessimistic_write' : 'pessimistic_read' },
    });
    if (!poll) throw new NotFoundError('poll.not_found', id);
    return poll;
  }

  ofMeeting(meetingId: string): Promise<PollEntity[]> {
    return this.table.find({ where: { meetingId }, order: { createdAt: 'ASC' } });
  }

  ofItem(agendaItemId: string): Promise<PollEntity[]> {
    return this.table.find({ where: { agendaItemId }, order: { createdAt: 'ASC' } });
  }

  /** Whether the item has a poll open now (a recusal then comes too late for it). */
  hasOpenPoll(agendaItemId: string): Promise<boolean> {
    return this.table.existsBy({ agendaItemId, status: 'open' });
  }

  create(fields: Omit<PollEntity, 'id' | 'createdAt'>): Promise<PollEntity> {
    return this.table.save(this.table.create(fields));
  }

  save(poll: PollEntity): Promise<PollEntity> {
    return this.table.save(poll);
  }
}
