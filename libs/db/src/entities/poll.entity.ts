import type { Majority, PollMethod, PollResult, PollState, Quorum } from '@quorum/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { ProposalEntity } from './proposal.entity';

/**
 * A vote on an agenda item, often on a proposal. Its result is written once, at the close, and a
 * trigger (see the migration) refuses any later change to a closed poll.
 */
@Entity('polls')
@Check('ck_polls_method', `"method" IN ('show_of_hands', 'roll_call', 'secret')`)
@Check('ck_polls_status', `"status" IN ('draft', 'open', 'closed')`)
@Check('ck_polls_result_when_closed', `("status" = 'closed') = ("result" IS NOT NULL)`)
@Index('ix_polls_meeting', ['meetingId'])
@Index('ix_polls_agenda_item', ['agendaItemId'])
@Index('ix_polls_proposal', ['proposalId'])
export class PollEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_polls_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'fk_polls_agenda_item' })
  agendaItem?: AgendaItemEntity;

  @Column({ type: 'uuid', nullable: true })
  proposalId!: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_polls_proposal' })
  proposal?: ProposalEntity;

  @Column({ type: 'varchar', length: 500 })
  question!: string;

  @Column({ type: 'varchar', length: 16 })
  method!: PollMethod;

  @Column({ type: 'varchar', length: 16 })
  majority!: Majority;

  @Column({ type: 'varchar', length: 16 })
  status!: PollState;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  quorumAtOpen!: Quorum | null;

  @Column({ type: 'jsonb', nullable: true })
  quorumAtClose!: Quorum | null;

  /** `{ yes, no, abstain, cast, eligible, outcome, decidedByCastingVote }`, written once at the close. */
  @Column({ type: 'jsonb', nullable: true })
  result!: PollResult | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
