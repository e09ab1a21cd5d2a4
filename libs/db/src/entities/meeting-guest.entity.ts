import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/** Someone invited to a meeting who holds no mandate: listed apart, never counted for quorum. */
@Entity('meeting_guests')
@Index('ix_meeting_guests_meeting', ['meetingId'])
export class MeetingGuestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_guests_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  /** The agenda items the guest attends; empty for the whole meeting. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  agendaItemIds!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
