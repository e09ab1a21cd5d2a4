import type { RecommendationState } from '@quorum/domain';
import {
  Check,
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
import { BodyEntity } from './body.entity';
import { MeetingEntity } from './meeting.entity';
import { PollEntity } from './poll.entity';
import { ProposalEntity } from './proposal.entity';

/**
 * An adopted proposal sent to the general directorate. `status`, `owner` and `dueDate` are the latest
 * step's; every step (transmission and each answer) is kept in recommendation_responses.
 */
@Entity('recommendations')
@Check(
  'ck_recommendations_status',
  `"status" IN ('adopted', 'transmitted', 'under_review', 'accepted', 'partially_accepted', 'rejected', 'implemented')`,
)
@Unique('uq_recommendations_proposal', ['proposalId'])
@Index('ix_recommendations_body_status', ['bodyId', 'status'])
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'fk_recommendations_body' })
  body?: BodyEntity;

  /** The adopted proposal it comes from: one recommendation per proposal. */
  @Column({ type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_recommendations_proposal' })
  proposal?: ProposalEntity;

  /** The meeting and poll that adopted it; null when the secretariat recorded an older adoption. */
  @Column({ type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_recommendations_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid', nullable: true })
  pollId!: string | null;

  @ManyToOne(() => PollEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'fk_recommendations_poll' })
  poll?: PollEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 24 })
  status!: RecommendationState;

  /** The department in charge, named by the direction's latest answer. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  owner!: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  transmittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstAnsweredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
