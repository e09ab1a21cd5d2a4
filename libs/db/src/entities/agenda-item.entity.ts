import type { AgendaDocument, AgendaItemKind } from '@quorum/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { MeetingEntity } from './meeting.entity';
import { ProposalEntity } from './proposal.entity';

/** A standard item Quorum puts on agendas by itself. */
export type StandardAgendaItem = 'minutes_approval' | 'recommendations_follow_up';

/** An item of a meeting's working agenda; published versions freeze copies of these. */
@Entity('agenda_items')
@Index('ix_agenda_items_meeting', ['meetingId'])
// Deferred, so that a reorder may swap positions within one transaction.
@Unique('uq_agenda_items_meeting_position', ['meetingId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_agenda_items_meeting' })
  meeting?: MeetingEntity;

  /** 1-based, gap-free order on the agenda. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: AgendaItemKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  presenter!: string | null;

  @Column({ type: 'smallint', nullable: true })
  durationMinutes!: number | null;

  /** The proposal the item is about. */
  @Column({ type: 'uuid', nullable: true })
  proposalId!: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_agenda_items_proposal' })
  proposal?: ProposalEntity;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  documents!: AgendaDocument[];

  /** Set on items Quorum adds itself, e.g. the approval of the previous meeting's minutes. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  standard!: StandardAgendaItem | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
