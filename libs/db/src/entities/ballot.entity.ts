import type { Choice } from '@quorum/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MembershipEntity } from './membership.entity';
import { PollEntity } from './poll.entity';

/**
 * A named ballot of a roll call: public, with who cast it (the member, their proxy holder, or the
 * secretariat entering the member's answer). Secret polls never write here (see PollParticipation).
 */
@Entity('ballots')
// Exactly one ballot per member per poll, decided by the database even under concurrent requests.
@Unique('uq_ballots_poll_membership', ['pollId', 'membershipId'])
@Check('ck_ballots_choice', `"choice" IN ('yes', 'no', 'abstain')`)
export class BallotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  pollId!: string;

  @ManyToOne(() => PollEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'fk_ballots_poll' })
  poll?: PollEntity;

  @Column({ type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'fk_ballots_membership' })
  membership?: MembershipEntity;

  /** The attending member who cast it for the excused one; null when the member voted. */
  @Column({ type: 'uuid', nullable: true })
  proxyHolderMembershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proxy_holder_membership_id', foreignKeyConstraintName: 'fk_ballots_proxy_holder' })
  proxyHolder?: MembershipEntity;

  @Column({ type: 'varchar', length: 8 })
  choice!: Choice;

  /** The login that entered it. */
  @Column({ type: 'uuid' })
  enteredBy!: string;

  @Column({ type: 'timestamptz' })
  castAt!: Date;
}
