import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A person's choices about e-mail: the language of their messages and whether they want the
 * non-essential ones (reminders, digests). Convocations are sent whatever they chose. No row: French,
 * everything sent.
 */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'varchar', length: 2, default: 'fr' })
  language!: string;

  @Column({ type: 'boolean', default: false })
  optOutNonEssential!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
