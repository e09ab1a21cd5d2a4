import type { ProposalState } from '@quorum/domain';
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
import { BodyEntity } from './body.entity';

/**
 * A text the body may adopt; an amendment is a proposal with a parent. `title` and `text` are the
 * current version; every version, the first included, is kept in proposal_versions.
 */
@Entity('proposals')
@Check('ck_proposals_status', `"status" IN ('draft', 'submitted', 'adopted', 'rejected', 'withdrawn')`)
@Index('ix_proposals_body', ['bodyId', 'status'])
@Index('ix_proposals_parent', ['parentId'])
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'fk_proposals_body' })
  body?: BodyEntity;

  /** The proposal an amendment amends; null for a proposal. */
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_proposals_parent' })
  parent?: ProposalEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  text!: string;

  /** Number of the current version, from 1. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: ProposalState;

  /** The mandates of its authors; empty when the secretariat drafted it alone. */
  @Column({ type: 'uuid', array: true })
  authorMembershipIds!: string[];

  /** The login that drafted it. */
  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** When a poll adopted or rejected it, or it was withdrawn. */
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
