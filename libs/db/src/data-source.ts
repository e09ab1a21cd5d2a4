import 'reflect-metadata';
import { loadConfig } from '@quorum/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (`npm run migration:generate`, `migration:run`), built into dist first. */
export default new DataSource(dataSourceOptions(loadConfig().database.url, 'quorum-cli'));
