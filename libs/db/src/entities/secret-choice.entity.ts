import type { Choice } from '@quorum/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PollEntity } from './poll.entity';

/**
 * One choice of a secret poll, with no member, time or order: a random id and the poll. At the close
 * every choice of the poll is rewritten in one batch, grouped by choice, so that not even a row's
 * `xmin` or `ctid` tells in which order, or in which transaction, it was cast.
 */
@Entity('secret_choices')
@Index('ix_secret_choices_poll', ['pollId'])
@Check('ck_secret_choices_choice', `"choice" IN ('yes', 'no', 'abstain')`)
export class SecretChoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  pollId!: string;

  @ManyToOne(() => PollEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'fk_secret_choices_poll' })
  poll?: PollEntity;

  @Column({ type: 'varchar', length: 8 })
  choice!: Choice;
}
