import 'reflect-metadata';
import { ConfigError, loadConfig } from '@quorum/config';
import { Logger } from 'nestjs-pino';
import { createWorker } from './create-worker';

async function main(): Promise<void> {
  const app = await createWorker(loadConfig());
  app.get(Logger).log('Quorum worker is processing jobs');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
