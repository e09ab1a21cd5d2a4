import type { Choice } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { BallotEntity } from '../entities/ballot.entity';

/** A named ballot with the name of its member, as a roll-call result lists it. */
export interface NamedBallotRow {
  membershipId: string;
  fullName: string;
  choice: Choice;
  proxyHolderMembershipId: string | null;
  proxyHolderName: string | null;
}

/** Named ballots of roll calls. A second ballot of one member fails on uq_ballots_poll_membership. */
export class BallotsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(BallotEntity);
  }

  async insert(ballot: Omit<BallotEntity, 'id'>): Promise<void> {
    await this.table.insert(ballot);
  }

  choices(pollId: string): Promise<BallotEntity[]> {
    return this.table.find({ where: { pollId } });
  }

  count(pollId: string): Promise<number> {
    return this.table.countBy({ pollId });
  }

  hasVoted(pollId: string, membershipId: string): Promise<boolean> {
    return this.table.existsBy({ pollId, membershipId });
  }

  /** The roll call, in the order of names. */
  async named(pollId: string): Promise<NamedBallotRow[]> {
    return this.manager.query(
      `SELECT b.membership_id AS "membershipId", p.full_name AS "fullName", b.choice,
              b.proxy_holder_membership_id AS "proxyHolderMembershipId", hp.full_name AS "proxyHolderName"
         FROM ballots b
         JOIN memberships m ON m.id = b.membership_id
         JOIN people p ON p.id = m.person_id
         LEFT JOIN memberships hm ON hm.id = b.proxy_holder_membership_id
         LEFT JOIN people hp ON hp.id = hm.person_id
        WHERE b.poll_id = $1
        ORDER BY p.full_name, b.membership_id`,
      [pollId],
    );
  }
}
