import type { Language, Role } from '@quorum/domain';
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
import { PersonEntity } from './person.entity';

@Entity('users')
@Check('ck_users_language', `"language" IN ('fr', 'en')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased so that logins are case-insensitive. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  /** The person a `member` login speaks for (see people). */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_users_person' })
  person?: PersonEntity;

  /**
   * Raised on logout, password change or reset and disabling: a token carries the version it was
   * issued under, and the guard refuses one whose version is no longer the user's.
   */
  @Column({ type: 'integer', default: 0 })
  tokenVersion!: number;

  /** When an admin disabled the login; null while it may log in. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /**
   * The language of the user's messages, documents and e-mails: the one source of truth, written by the
   * account page and read by the worker when it writes to the user's person.
   */
  @Column({ type: 'varchar', length: 2, default: 'fr' })
  language!: Language;

  /** No reminders, digests or other non-essential e-mail; convocations, moves and cancellations always go. */
  @Column({ type: 'boolean', default: false })
  optOutNonEssential!: boolean;

  /**
   * The secret of the user's calendar feed URL, drawn by the database for every user (two random
   * UUIDs, 244 random bits; see the UserAccounts migration) so that reading one's feed URL never
   * writes; replaced on rotation.
   */
  @Index('uq_users_calendar_feed_token', { unique: true })
  @Column({ type: 'varchar', length: 64, default: () => 'random_feed_token()' })
  calendarFeedToken!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
