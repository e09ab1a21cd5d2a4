import 'reflect-metadata';
import { ConfigError, exitIfShutdownStalls, loadConfig } from '@quorum/config';
import { Logger } from 'nestjs-pino';
import { createWorker } from './create-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createWorker(config);
  const logger = app.get(Logger);
  exitIfShutdownStalls(logger);
  // Whether jobs are processed is said by RedisWatch once Redis answers, not here.
  logger.log({ msg: 'Quorum worker started', redisPrefix: config.redis.prefix });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
