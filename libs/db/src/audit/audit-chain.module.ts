import { BeforeApplicationShutdown, Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { anchorAuditChain, AuditAnchor } from './audit-anchor';
import { checkChainSegment } from './audit-log';
import { FileCheckpointStore } from './checkpoint-store';
import { RedisCheckpointStore } from './redis-checkpoint-store';

/** Says each kind of trouble once a minute at most: a Redis outage must not log once per write. */
function rateLimitedWarning(logger: Logger): (msg: string, fields: Record<string, unknown>) => void {
  const lastSaid = new Map<string, number>();
  return (msg, fields) => {
    const what = `${msg}|${String(fields.store ?? '')}`;
    if (Date.now() - (lastSaid.get(what) ?? 0) < 60_000) return;
    lastSaid.set(what, Date.now());
    logger.warn({ msg, ...fields });
  };
}

/**
 * Anchors the audit chain of the process's data source: AUDIT_KEY MACs the events, and the
 * checkpoint lives both in `DATA_DIR/audit-checkpoint.json` and in Redis (`<REDIS_PREFIX>:audit:checkpoint`),
 * so that losing one of them does not hide a truncation. API and worker both import this module, so
 * that any process appending to the chain uses the same key.
 */
@Module({
  providers: [
    {
      provide: RedisCheckpointStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new RedisCheckpointStore(config.redis.url, `${config.redis.prefix}:audit:checkpoint`),
    },
    {
      provide: AuditAnchor,
      inject: [APP_CONFIG, RedisCheckpointStore],
      useFactory: (config: AppConfig, redis: RedisCheckpointStore) =>
        new AuditAnchor(
          config.audit.key,
          [new FileCheckpointStore(resolve(config.database.dataDir, 'audit-checkpoint.json')), redis],
          checkChainSegment,
          rateLimitedWarning(new Logger('AuditChain')),
        ),
    },
  ],
  exports: [AuditAnchor],
})
export class AuditChainModule implements OnModuleInit, BeforeApplicationShutdown {
  constructor(
    @Inject(getDataSourceToken()) private readonly dataSource: DataSource,
    private readonly anchor: AuditAnchor,
    private readonly redis: RedisCheckpointStore,
  ) {}

  onModuleInit(): void {
    anchorAuditChain(this.dataSource, this.anchor);
  }

  /** The last commits' checkpoint is written before the connection closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.anchor.settled();
    this.redis.close();
  }
}
