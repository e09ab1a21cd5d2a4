import type { DraftAction, DraftItem, DraftPassage, MinutesLanguageCode } from '@quorum/domain';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/** The secretariat's working text of a meeting's minutes: what the record cannot say. */
@Entity('minutes_drafts')
export class MinutesDraftEntity {
  @PrimaryColumn({ type: 'uuid' })
  meetingId!: string;

  @OneToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_minutes_drafts_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 2 })
  language!: MinutesLanguageCode;

  @Column({ type: 'jsonb' })
  opening!: DraftPassage[];

  /** Per agenda item: summary, decisions, dissents (jsonb: always read and written whole with the draft). */
  @Column({ type: 'jsonb' })
  items!: DraftItem[];

  @Column({ type: 'jsonb' })
  otherBusiness!: DraftPassage[];

  @Column({ type: 'jsonb' })
  actions!: DraftAction[];

  @Column({ type: 'uuid' })
  updatedBy!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
