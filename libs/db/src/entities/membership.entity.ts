import type { MembershipRole } from '@quorum/domain';
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
import { PersonEntity } from './person.entity';

/** A mandate: a person's seat in a body, in one category, for a period. */
@Entity('memberships')
@Index('ix_memberships_body_category', ['bodyId', 'category'])
@Index('ix_memberships_person_body', ['personId', 'bodyId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'fk_memberships_body' })
  body?: BodyEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_memberships_person' })
  person?: PersonEntity;

  /** A category code of the body, e.g. `association`. */
  @Column({ type: 'varchar', length: 32 })
  category!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: MembershipRole;

  /** First day of the mandate (ISO date). */
  @Column({ type: 'date' })
  startDate!: string;

  /** Last day of the mandate (ISO date), inclusive; null while open-ended. */
  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  endReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
