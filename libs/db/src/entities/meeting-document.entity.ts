import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/**
 * A file uploaded for a meeting (a note, a report, a spreadsheet). The bytes live in the document
 * storage under their SHA-256; agenda items refer to the document by id in their `documents`.
 */
@Entity('meeting_documents')
@Index('ix_meeting_documents_meeting', ['meetingId'])
@Index('ix_meeting_documents_sha256', ['sha256'])
export class MeetingDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_documents_meeting' })
  meeting?: MeetingEntity;

  /** The file name it is served under (no folder, no control character). */
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  /** A title for people, when the file name is not one. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  title!: string | null;

  /** Decided from the bytes, never from the name or the client's word. */
  @Column({ type: 'varchar', length: 127 })
  mediaType!: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  /** Lower-case hex; also the key of the bytes in the storage. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** The user who uploaded it. */
  @Column({ type: 'uuid' })
  uploadedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
