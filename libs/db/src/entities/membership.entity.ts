import type { MembershipRole } from '@quorum/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { BodyEntity } from './body.entity';
import { PersonEntity } from './person.entity';

const PERIOD = `daterange("start_date", "end_date", '[]')`;

/**
 * A mandate: a person's seat in a body, in one category, for a period. The rules live in
 * @quorum/domain and the service serialises appointments per body; the constraints below are the
 * database's own backstop for what it can express (seat quotas, in jsonb, it cannot).
 */
@Entity('memberships')
@Check('ck_memberships_period', '"end_date" IS NULL OR "end_date" >= "start_date"')
@Check('ck_memberships_role', `"role" IN ('chair', 'vice_chair', 'member')`)
@Exclusion('ex_memberships_person_period', `USING gist ("body_id" WITH =, "person_id" WITH =, ${PERIOD} WITH &&)`)
@Exclusion(
  'ex_memberships_office_period',
  `USING gist ("body_id" WITH =, "role" WITH =, ${PERIOD} WITH &&) WHERE ("role" <> 'member')`,
)
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
