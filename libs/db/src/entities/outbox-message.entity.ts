import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Work that leaves a request (a PDF to render, an e-mail to send), written in the same transaction
 * as the change that calls for it; the relay moves it to its BullMQ queue and marks it sent. The job
 * id is deterministic, so a row relayed twice still makes one job.
 */
@Entity('outbox')
@Unique('uq_outbox_queue_job', ['queue', 'jobId'])
// The relay reads the unsent rows in order: a partial index keeps that read small however long the history.
@Index('ix_outbox_unsent', ['id'], { where: 'sent_at IS NULL' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  queue!: string;

  @Column({ type: 'varchar', length: 64 })
  jobName!: string;

  @Column({ type: 'varchar', length: 128 })
  jobId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
