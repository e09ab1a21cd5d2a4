import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ProposalEntity } from './proposal.entity';

/** One version of a proposal's text, kept unchanged once written. */
@Entity('proposal_versions')
@Unique('uq_proposal_versions_proposal_version', ['proposalId', 'version'])
export class ProposalVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_versions_proposal' })
  proposal?: ProposalEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid' })
  changedBy!: string;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}
