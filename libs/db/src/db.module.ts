import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { DataSource } from 'typeorm';
import { Clock, SystemClock } from './clock';
import { dataSourceOptions } from './data-source-options';
import { Repositories } from './repositories/repositories';
import { OutboxBatches, OutboxSignal } from './outbox';
import { UnitOfWork } from './unit-of-work';

/**
 * Connects to PostgreSQL (the API applies pending migrations at start, the worker never does) and
 * provides what services use to reach it: `Repositories` for reads, `UnitOfWork` for writes, and the `Clock`.
 */
@Global()
@Module({})
export class DbModule {
  static forRoot(options: { applicationName: string; runMigrations: boolean; clock?: Clock }): DynamicModule {
    return {
      module: DbModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.database.url, options.applicationName),
            migrationsRun: options.runMigrations,
            retryAttempts: 3,
            retryDelay: 1_000,
          }),
        }),
      ],
      providers: [
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        {
          provide: Repositories,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new Repositories(dataSource.manager),
        },
        UnitOfWork,
        OutboxSignal,
        OutboxBatches,
      ],
      exports: [Clock, Repositories, UnitOfWork, OutboxSignal, OutboxBatches],
    };
  }
}
