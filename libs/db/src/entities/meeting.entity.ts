import type { MeetingState, Quorum } from '@quorum/domain';
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
import { BodyEntity } from './body.entity';

export type MeetingKind = 'ordinary' | 'extraordinary';

/** One sitting of a body. */
@Entity('meetings')
@Index('ix_meetings_body_starts_at', ['bodyId', 'startsAt'])
// Scheduling is idempotent: one ordinary meeting per quarter, even under concurrent requests.
@Index('uq_meetings_body_quarter_ordinary', ['bodyId', 'quarter'], { unique: true, where: "kind = 'ordinary'" })
// A meeting closed without quorum is reconvened once.
@Index('uq_meetings_reconvened_from', ['reconvenedFromId'], { unique: true, where: 'reconvened_from_id IS NOT NULL' })
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'fk_meetings_body' })
  body?: BodyEntity;

  /** `ordinary` for the quarterly sessions scheduled at the body's slot, `extraordinary` otherwise. */
  @Column({ type: 'varchar', length: 16 })
  kind!: MeetingKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** e.g. `2027-Q1`, from the start date in the body's time zone. */
  @Column({ type: 'varchar', length: 7 })
  quarter!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'smallint' })
  durationMinutes!: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoUrl!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: MeetingState;

  /** Why an urgent convocation did without the notice period; null when the notice was kept. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  urgentReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  convenedAt!: Date | null;

  /** The agenda version the convocation carried. */
  @Column({ type: 'integer', nullable: true })
  convenedAgendaVersion!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The quorum as it stood when the meeting closed. */
  @Column({ type: 'jsonb', nullable: true })
  quorumAtClose!: Quorum | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  cancelReason!: string | null;

  /** False for a meeting reconvened after a lack of quorum: it deliberates without one. */
  @Column({ type: 'boolean', default: true })
  quorumRequired!: boolean;

  @Column({ type: 'uuid', nullable: true })
  reconvenedFromId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reconvened_from_id', foreignKeyConstraintName: 'fk_meetings_reconvened_from' })
  reconvenedFrom?: MeetingEntity;

  /** Bumped when the meeting moves or is cancelled: the iCalendar SEQUENCE, so calendars update. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
