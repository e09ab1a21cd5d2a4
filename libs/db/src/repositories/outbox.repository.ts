import { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity';

/** A job to hand to a queue once the transaction that asks for it commits. */
export interface OutboxMessage {
  queue: string;
  name: string;
  /** Deterministic: the same work always has the same id, so relaying it twice makes one job. */
  jobId: string;
  payload: Record<string, unknown>;
}

/** A message the relay has claimed, with its row id. */
export interface ClaimedOutboxMessage extends OutboxMessage {
  id: string;
}

/** Every query on the `outbox` table. */
export class OutboxRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Writes messages in the caller's transaction; one already there for the same job is kept as it is. */
  async add(messages: OutboxMessage[]): Promise<void> {
    if (!messages.length) return;
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values(
        messages.map((m) => ({
          queue: m.queue,
          jobName: m.name,
          jobId: m.jobId,
          // jsonb: TypeORM's deep-partial typing cannot follow an open record.
          payload: m.payload as never,
        })),
      )
      .orIgnore()
      .execute();
  }

  /**
   * The oldest unsent messages, locked for the caller's transaction; rows another relay holds are
   * skipped, so several API processes relay side by side without sending a row twice at once.
   */
  async claimUnsent(limit: number): Promise<ClaimedOutboxMessage[]> {
    const rows: { id: string; queue: string; job_name: string; job_id: string; payload: Record<string, unknown> }[] =
      await this.manager.query(
        `SELECT id, queue, job_name, job_id, payload FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
    return rows.map((r) => ({
      id: String(r.id),
      queue: r.queue,
      name: r.job_name,
      jobId: r.job_id,
      payload: r.payload,
    }));
  }

  async markSent(ids: string[], now: Date): Promise<void> {
    if (ids.length) await this.manager.query(`UPDATE outbox SET sent_at = $2 WHERE id = ANY($1::bigint[])`, [ids, now]);
  }

  /** How many messages still wait for their queue (for health and tests). */
  async countUnsent(): Promise<number> {
    const rows: { n: number }[] = await this.manager.query(
      `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`,
    );
    return rows[0].n;
  }
}
