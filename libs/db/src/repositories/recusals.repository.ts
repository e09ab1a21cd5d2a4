import { EntityManager } from 'typeorm';
import { RecusalEntity } from '../entities/recusal.entity';

/** Members recused on agenda items. A second recusal of one member on one item fails on uq_recusals_item_membership. */
export class RecusalsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(RecusalEntity);
  }

  ofItem(agendaItemId: string): Promise<RecusalEntity[]> {
    return this.table.find({ where: { agendaItemId }, order: { recordedAt: 'ASC' } });
  }

  async recusedIds(agendaItemId: string): Promise<Set<string>> {
    return new Set((await this.ofItem(agendaItemId)).map((r) => r.membershipId));
  }

  create(fields: Omit<RecusalEntity, 'id'>): Promise<RecusalEntity> {
    return this.table.save(this.table.create(fields));
  }
}
