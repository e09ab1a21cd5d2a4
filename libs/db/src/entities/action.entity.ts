import type { ActionState } from '@quorum/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/**
 * A follow-up task decided in a meeting. Its own table: the minutes draft cites actions by id rather
 * than owning them, so their status can move on after the minutes are approved.
 */
@Entity('actions')
@Check('ck_actions_status', `"status" IN ('open', 'in_progress', 'done', 'cancelled')`)
@Index('ix_actions_meeting', ['meetingId', 'createdAt'])
@Index('ix_actions_due', ['status', 'dueDate'])
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_actions_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  /** Who carries it out: a person or a department, as the meeting named them. */
  @Column({ type: 'varchar', length: 200 })
  assignee!: string;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: ActionState;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
