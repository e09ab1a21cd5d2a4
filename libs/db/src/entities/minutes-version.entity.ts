import type { MinutesDraftContent, MinutesLanguageCode, MinutesStatus } from '@quorum/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/** Who signed a version off, when, and at which meeting: printed on the approved copy. */
export interface MinutesApprovalRecord {
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  chair: string;
  approvedBy: string;
  approvedAt: string;
}

/**
 * One immutable render of a meeting's minutes: the draft as it stood (frozen with its SHA-256), then
 * what the worker made of it. The PDF bytes live apart (minutes_pdfs), so listing versions stays light.
 */
@Entity('minutes_versions')
@Unique('uq_minutes_versions_meeting_number', ['meetingId', 'number'])
// At most one approved version per meeting: approval freezes the minutes.
@Index('uq_minutes_versions_meeting_approved', ['meetingId'], { unique: true, where: "status = 'approved'" })
export class MinutesVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_minutes_versions_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 2 })
  language!: MinutesLanguageCode;

  @Column({ type: 'varchar', length: 16 })
  status!: MinutesStatus;

  @Column({ type: 'jsonb' })
  draft!: MinutesDraftContent;

  @Column({ type: 'char', length: 64 })
  draftSha256!: string;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'timestamptz', nullable: true })
  renderedAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  pages!: number | null;

  /** SHA-256 of the PDF as rendered (before approval). */
  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  /** The last failure, shown to the secretariat. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  approval!: MinutesApprovalRecord | null;

  /** The approved copy (with the sign-off) once the worker has stored it. */
  @Column({ type: 'integer', nullable: true })
  approvedPages!: number | null;

  @Column({ type: 'char', length: 64, nullable: true })
  approvedSha256!: string | null;
}
