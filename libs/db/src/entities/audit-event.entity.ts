import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One state change, chained to the previous event by SHA-256 (see audit/audit-log.ts). */
@Entity('audit_events')
@Index('ix_audit_events_entity', ['entityType', 'entityId'])
export class AuditEventEntity {
  /** Position in the chain, 1-based, gap-free. */
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** The user who made the change; null for the system (bootstrap, worker). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 64 })
  entityType!: string;

  @Column({ type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
