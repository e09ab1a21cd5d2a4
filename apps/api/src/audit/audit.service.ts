import { Injectable } from '@nestjs/common';
import { AuditAnchor, Repositories } from '@quorum/db';
import { AuditEventResponse, AuditQueryDto, AuditVerificationResponse, toAuditEventResponse } from './dto/audit.dto';

@Injectable()
export class AuditService {
  constructor(
    private readonly repos: Repositories,
    private readonly anchor: AuditAnchor,
  ) {}

  async list(query: AuditQueryDto): Promise<AuditEventResponse[]> {
    const [entityType, entityId] = query.entity ? query.entity.split(':') : [];
    const events = await this.repos.audit.list({
      entityType,
      entityId,
      from: query.from ? new Date(query.from) : undefined,
      limit: query.limit ?? 100,
    });
    return events.map(toAuditEventResponse);
  }

  /** The checkpoint is read before the walk, so that events committed meanwhile never look removed. */
  async verify(): Promise<AuditVerificationResponse> {
    const { checkpoint, forged } = await this.anchor.readCheckpoint();
    const verification = await this.repos.audit.verify(this.anchor.key, checkpoint);
    if (forged.length === 0) return verification;
    return { ...verification, ok: false, forgedCheckpoints: forged };
  }
}
