import type { AgendaItemKind } from '@quorum/domain';
import {
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

export type AgendaRequestStatus = 'pending' | 'accepted' | 'declined';

/** A member's request to put an item on a meeting's agenda, and the secretariat's answer. */
@Entity('agenda_requests')
@Index('ix_agenda_requests_meeting', ['meetingId'])
export class AgendaRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_agenda_requests_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: AgendaItemKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'smallint', nullable: true })
  durationMinutes!: number | null;

  /** The user who asked. */
  @Column({ type: 'uuid' })
  requestedBy!: string;

  /** The person the requesting member speaks for, when a member asked. */
  @Column({ type: 'uuid', nullable: true })
  requestedByPersonId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: AgendaRequestStatus;

  /** Why the secretariat declined. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  declineReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The item an accepted request became (it may later be removed from the agenda). */
  @Column({ type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
