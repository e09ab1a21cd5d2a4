import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, QuietStartupLogger } from '@quorum/config';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker: an application context running BullMQ processors; SIGTERM lets active jobs finish. */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(new QuietStartupLogger(app.get(Logger)));
  app.enableShutdownHooks();
  return app.init();
}
