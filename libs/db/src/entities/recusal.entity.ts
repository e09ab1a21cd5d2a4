import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { MembershipEntity } from './membership.entity';

/** A member who takes no part in an item's votes (conflict of interest), with the reason, for the minutes. */
@Entity('recusals')
@Unique('uq_recusals_item_membership', ['agendaItemId', 'membershipId'])
export class RecusalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'fk_recusals_agenda_item' })
  agendaItem?: AgendaItemEntity;

  @Column({ type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'fk_recusals_membership' })
  membership?: MembershipEntity;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
