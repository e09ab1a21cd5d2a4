import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';

export type NewNotification = Pick<
  NotificationEntity,
  'idempotencyKey' | 'kind' | 'meetingId' | 'personId' | 'recipientName' | 'email' | 'language' | 'content'
>;

/** Every query on the `notifications` table. */
export class NotificationsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(NotificationEntity);
  }

  /** Writes the rows not already there (by idempotency key) and returns the ids of all of them. */
  async addOnce(rows: NewNotification[]): Promise<string[]> {
    if (!rows.length) return [];
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(rows.map((r) => ({ ...r, content: r.content as never })))
      .orIgnore()
      .execute();
    const stored = await this.table
      .createQueryBuilder('n')
      .select(['n.id', 'n.idempotencyKey'])
      .where('n.idempotency_key IN (:...keys)', { keys: rows.map((r) => r.idempotencyKey) })
      .getMany();
    return stored.map((n) => n.id);
  }

  /** The row, locked until the caller's transaction ends: one delivery at a time per notification. */
  lock(id: string): Promise<NotificationEntity | null> {
    return this.table.createQueryBuilder('n').setLock('pessimistic_write').where('n.id = :id', { id }).getOne();
  }

  /** The row locked as `lock` does, or a 404 naming it: for a request on a message (the worker calls a missing one gone). */
  async lockExisting(id: string): Promise<NotificationEntity> {
    const row = await this.lock(id);
    if (!row) throw new NotFoundError('notification.not_found', id);
    return row;
  }

  save(notification: NotificationEntity): Promise<NotificationEntity> {
    return this.table.save(notification);
  }

  /** Who was sent what about a meeting, and when, oldest first. */
  ofMeeting(meetingId: string): Promise<NotificationEntity[]> {
    return this.table.find({ where: { meetingId }, order: { createdAt: 'ASC', email: 'ASC' } });
  }
}
