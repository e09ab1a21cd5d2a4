import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MinutesVersionEntity } from './minutes-version.entity';

/** The copies of a version: as rendered, as approved (with the sign-off), and the public one. */
export const MINUTES_COPIES = ['rendered', 'approved', 'public'] as const;
export type MinutesCopy = (typeof MINUTES_COPIES)[number];

/** The bytes of one copy of a minutes version; the primary key stores each copy once, whatever retries happen. */
@Entity('minutes_pdfs')
export class MinutesPdfEntity {
  @PrimaryColumn({ type: 'uuid' })
  versionId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  copy!: MinutesCopy;

  @ManyToOne(() => MinutesVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_minutes_pdfs_version' })
  version?: MinutesVersionEntity;

  @Column({ type: 'bytea' })
  pdf!: Buffer;

  @Column({ type: 'integer' })
  pages!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  storedAt!: Date;
}
