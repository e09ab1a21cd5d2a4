import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MembershipEntity } from './membership.entity';
import { PollEntity } from './poll.entity';

/**
 * Who took part in a secret poll, and nothing else: no id, no time, no choice. The choices are in
 * secret_choices, with nothing in common but the poll (see docs/decisions/secret-ballots.md).
 * The primary key makes a second ballot by the same member fail in the database itself.
 */
@Entity('poll_participations')
export class PollParticipationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_poll_participations' })
  pollId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_poll_participations' })
  membershipId!: string;

  @ManyToOne(() => PollEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'fk_poll_participations_poll' })
  poll?: PollEntity;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'fk_poll_participations_membership' })
  membership?: MembershipEntity;

  /** The attending member who cast it for an excused one (public, as in a roll call); null otherwise. */
  @Column({ type: 'uuid', nullable: true })
  proxyHolderMembershipId!: string | null;
}
