import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAnchor, AuditEventEntity, verifyAuditChain } from '@quorum/db';
import { DataSource } from 'typeorm';
import { AuditEventResponse, AuditQueryDto, AuditVerificationResponse, toAuditEventResponse } from './dto/audit.dto';

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anchor: AuditAnchor,
  ) {}

  async list(query: AuditQueryDto): Promise<AuditEventResponse[]> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e').orderBy('e.seq', 'ASC');
    if (query.entity) {
      const [type, id] = query.entity.split(':');
      qb.andWhere('e.entity_type = :type', { type });
      if (id) qb.andWhere('e.entity_id = :id', { id });
    }
    if (query.from) qb.andWhere('e.at >= :from', { from: new Date(query.from) });
    const events = await qb.take(query.limit ?? 100).getMany();
    return events.map(toAuditEventResponse);
  }

  /** The checkpoint is read before the walk, so that events committed meanwhile never look removed. */
  async verify(): Promise<AuditVerificationResponse> {
    const { checkpoint, forged } = await this.anchor.readCheckpoint();
    const verification = await verifyAuditChain(this.dataSource.manager, this.anchor.key, checkpoint);
    if (forged.length === 0) return verification;
    return { ...verification, ok: false, forgedCheckpoints: forged };
  }
}
