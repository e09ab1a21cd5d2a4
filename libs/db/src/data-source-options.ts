import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The one description of Quorum's database, shared by both apps, the CLI and the tests. */
export function dataSourceOptions(url: string, applicationName = 'quorum'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    applicationName,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // allowExitOnIdle: idle connections never keep a stopping process alive.
    extra: { max: 10, connectionTimeoutMillis: 5_000, allowExitOnIdle: true },
  };
}
