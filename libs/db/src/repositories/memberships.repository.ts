import { EntityManager } from 'typeorm';
import { MembershipEntity } from '../entities/membership.entity';

/** Every query on the `memberships` table (mandates). */
export class MembershipsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(MembershipEntity);
  }

  /** Every mandate of a body, past, present and future (the rules on seats and terms judge them all). */
  ofBody(bodyId: string): Promise<MembershipEntity[]> {
    return this.table.findBy({ bodyId });
  }
}
