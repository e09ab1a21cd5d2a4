import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@quorum/config';
import { AuditChainModule, DbModule } from '@quorum/db';
import { QueueModule } from '@quorum/queue';
import { LoggerModule } from 'nestjs-pino';
import { MinutesProcessor } from './minutes/minutes.processor';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DbModule.forRoot({ applicationName: 'quorum-worker', runMigrations: false }),
        QueueModule.forRoot(),
        AuditChainModule,
      ],
      providers: [MinutesProcessor],
    };
  }
}
