import { EntityManager } from 'typeorm';
import { PollParticipationEntity } from '../entities/poll-participation.entity';

/** Who took part in a secret poll. A second ballot of one member fails on pk_poll_participations. */
export class ParticipationsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(PollParticipationEntity);
  }

  async insert(participation: PollParticipationEntity): Promise<void> {
    await this.table.insert(participation);
  }

  count(pollId: string): Promise<number> {
    return this.table.countBy({ pollId });
  }

  hasVoted(pollId: string, membershipId: string): Promise<boolean> {
    return this.table.existsBy({ pollId, membershipId });
  }

  /** The members who took part (never what they chose: this table does not know). */
  async memberIds(pollId: string): Promise<string[]> {
    return (await this.table.find({ where: { pollId }, select: { membershipId: true } })).map((p) => p.membershipId);
  }
}
