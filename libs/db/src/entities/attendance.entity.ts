import type { AttendanceStatus } from '@quorum/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { MeetingEntity } from './meeting.entity';
import { MembershipEntity } from './membership.entity';

/** How one mandate attends one meeting, and to whom an excused member gave a proxy. */
@Entity('attendances')
@Unique('uq_attendances_meeting_membership', ['meetingId', 'membershipId'])
@Index('ix_attendances_proxy_holder', ['meetingId', 'proxyHolderMembershipId'])
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_attendances_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'fk_attendances_membership' })
  membership?: MembershipEntity;

  @Column({ type: 'varchar', length: 16 })
  status!: AttendanceStatus;

  @Column({ type: 'uuid', nullable: true })
  proxyHolderMembershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proxy_holder_membership_id', foreignKeyConstraintName: 'fk_attendances_proxy_holder' })
  proxyHolder?: MembershipEntity;

  /** The user who recorded it: the secretariat, or the member themselves. */
  @Column({ type: 'uuid' })
  recordedBy!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
