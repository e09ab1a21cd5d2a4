import { EntityManager } from 'typeorm';
import { AuditCheckpoint, AuditKey } from '../audit/audit-chain';
import { AuditVerification, verifyAuditChain } from '../audit/audit-log';
import { AuditEventEntity } from '../entities/audit-event.entity';

/** Reads of the audit chain: events by entity and date, and the walk that verifies it. */
export class AuditRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Events in chain order, of one entity type (and id) and from an instant, when given. */
  list(filter: { entityType?: string; entityId?: string; from?: Date; limit: number }): Promise<AuditEventEntity[]> {
    const query = this.manager.getRepository(AuditEventEntity).createQueryBuilder('e').orderBy('e.seq', 'ASC');
    if (filter.entityType) query.andWhere('e.entity_type = :type', { type: filter.entityType });
    if (filter.entityId) query.andWhere('e.entity_id = :id', { id: filter.entityId });
    if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
    return query.take(filter.limit).getMany();
  }

  verify(key: AuditKey, checkpoint: AuditCheckpoint | undefined): Promise<AuditVerification> {
    return verifyAuditChain(this.manager, key, checkpoint);
  }
}
