import type { DissentRequestState } from '@quorum/domain';
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
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { MembershipEntity } from './membership.entity';

/**
 * A member's request that their dissent be recorded in the minutes under an agenda item, and the
 * secretariat's answer: accepted (the dissent joins the draft) or declined with a reason.
 */
@Entity('dissent_requests')
@Check('ck_dissent_requests_status', `"status" IN ('pending', 'accepted', 'declined')`)
@Index('ix_dissent_requests_meeting', ['meetingId', 'createdAt'])
export class DissentRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_dissent_requests_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'fk_dissent_requests_agenda_item' })
  agendaItem?: AgendaItemEntity;

  /** The mandate of the member who dissents. */
  @Column({ type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'fk_dissent_requests_membership' })
  membership?: MembershipEntity;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: DissentRequestState;

  /** Why the secretariat declined, told to the member. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  declineReason!: string | null;

  /** The user who asked. */
  @Column({ type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
