import type { Category, Majority, MeetingSlot, QuorumRule } from '@quorum/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('bodies')
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_bodies_slug', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'jsonb' })
  categories!: Category[];

  @Column({ type: 'smallint' })
  meetingsPerYear!: number;

  @Column({ type: 'smallint' })
  noticeDays!: number;

  @Column({ type: 'jsonb' })
  quorum!: QuorumRule;

  @Column({ type: 'varchar', length: 16 })
  defaultMajority!: Majority;

  @Column({ type: 'boolean' })
  chairHasCastingVote!: boolean;

  @Column({ type: 'smallint' })
  maxProxiesPerMember!: number;

  @Column({ type: 'smallint' })
  termYears!: number;

  @Column({ type: 'smallint' })
  maxRenewals!: number;

  /** Where and when the quarterly meetings fall by default (weekday, week, month of the quarter, time, place). */
  @Column({ type: 'jsonb' })
  meetingSlot!: MeetingSlot;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
