import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * `pending` (waiting, or retrying after a temporary refusal, with its reason in `error`), `sending`
 * (committed just before the SMTP transaction: a row found `sending` by a later attempt was cut off
 * after, perhaps, the server accepted it), `sent`, `failed` (refused for good, with the server's words).
 */
export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/**
 * One message for one recipient about one event. The idempotency key (event × recipient) is unique:
 * a duplicated event finds its rows there and a retried delivery finds its row `sent`, so nobody
 * gets a message twice. A permanent refusal stays `failed` with the server's words.
 */
@Entity('notifications')
@Unique('uq_notifications_idempotency_key', ['idempotencyKey'])
@Index('ix_notifications_meeting', ['meetingId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  idempotencyKey!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  meetingId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  recipientName!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: string;

  /** The notification as composed from (plain JSON, libs/notifications' `Notification`). */
  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: NotificationStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  messageId!: string | null;

  /**
   * An attempt was cut off between the SMTP transaction and the record of its outcome, and the message
   * was sent again with the same Message-ID: the recipient may hold two copies.
   */
  @Column({ type: 'boolean', default: false })
  possibleDuplicate!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
