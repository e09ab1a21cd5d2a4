import type { RecommendationState } from '@quorum/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RecommendationEntity } from './recommendation.entity';
import { UserEntity } from './user.entity';

/** One step of a recommendation's history (its transmission, each answer): who said what, when. Never changed. */
@Entity('recommendation_responses')
@Index('ix_recommendation_responses_recommendation', ['recommendationId', 'at'])
export class RecommendationResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'fk_recommendation_responses_recommendation' })
  recommendation?: RecommendationEntity;

  @Column({ type: 'varchar', length: 24 })
  status!: RecommendationState;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  owner!: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'uuid' })
  by!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by', foreignKeyConstraintName: 'fk_recommendation_responses_by' })
  author?: UserEntity;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
