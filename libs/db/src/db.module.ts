import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { dataSourceOptions } from './data-source-options';

/** Connects to PostgreSQL; the API applies pending migrations at start, the worker never does. */
@Module({})
export class DbModule {
  static forRoot(options: { applicationName: string; runMigrations: boolean }): DynamicModule {
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
    };
  }
}
