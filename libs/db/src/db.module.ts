import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { DataSource } from 'typeorm';
import { Clock, SystemClock } from './clock';
import { dataSourceOptions } from './data-source-options';
import { Repositories } from './repositories/repositories';
import { OutboxBatches, OutboxSignal } from './outbox';
import { DocumentStorage, FileDocumentStorage } from './storage/document-storage';
import { UnitOfWork } from './unit-of-work';

/**
 * Connects to PostgreSQL (the API applies pending migrations at start, the worker never does) and
 * provides what services use to reach it: `Repositories` for reads, `UnitOfWork` for writes, the `Clock`,
 * and the `DocumentStorage` that keeps the bytes of meeting documents.
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
        {
          provide: DocumentStorage,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => new FileDocumentStorage(config.documents.dir),
        },
      ],
      exports: [Clock, Repositories, UnitOfWork, OutboxSignal, OutboxBatches, DocumentStorage],
    };
  }
}
