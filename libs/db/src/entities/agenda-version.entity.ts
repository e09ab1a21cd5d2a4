import type { AgendaItemSnapshot } from '@quorum/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/** A published agenda: an immutable, numbered snapshot of the items. Never updated, never deleted. */
@Entity('agenda_versions')
@Unique('uq_agenda_versions_meeting_number', ['meetingId', 'number'])
export class AgendaVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_agenda_versions_meeting' })
  meeting?: MeetingEntity;

  /** 1 for the first publication, then 2, 3… */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  items!: AgendaItemSnapshot[];

  /** Why the agenda changed; null only for the first version. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  changeNote!: string | null;

  @Column({ type: 'timestamptz' })
  publishedAt!: Date;

  /** The user who published it. */
  @Column({ type: 'uuid' })
  publishedBy!: string;
}
