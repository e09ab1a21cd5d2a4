import { Module } from '@nestjs/common';
import { AuditChainModule } from '@quorum/db';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

@Module({ imports: [AuditChainModule], controllers: [AuditController], providers: [AuditService] })
export class AuditModule {}
