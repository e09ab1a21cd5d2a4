import { BeforeApplicationShutdown, Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { anchorAuditChain, AuditAnchor } from './audit-anchor';
import { checkChainSegment } from './audit-log';
import { FileCheckpointStore } from './checkpoint-store';

/**
 * Anchors the audit chain of the process's data source: AUDIT_KEY MACs the events, and the
 * checkpoint lives in `DATA_DIR/audit-checkpoint.json`. API and worker both import it, so that any
 * process appending to the chain uses the same key.
 */
@Module({
  providers: [
    {
      provide: AuditAnchor,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const logger = new Logger('AuditChain');
        return new AuditAnchor(
          config.audit.key,
          [new FileCheckpointStore(resolve(config.database.dataDir, 'audit-checkpoint.json'))],
          checkChainSegment,
          (msg, fields) => logger.warn({ msg, ...fields }),
        );
      },
    },
  ],
  exports: [AuditAnchor],
})
export class AuditChainModule implements OnModuleInit, BeforeApplicationShutdown {
  constructor(
    @Inject(getDataSourceToken()) private readonly dataSource: DataSource,
    private readonly anchor: AuditAnchor,
  ) {}

  onModuleInit(): void {
    anchorAuditChain(this.dataSource, this.anchor);
  }

  /** The last commits' checkpoint is written before the connection closes. */
  beforeApplicationShutdown(): Promise<void> {
    return this.anchor.settled();
  }
}
