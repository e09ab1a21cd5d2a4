import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { QUEUES } from './queues';
import { redisConnectionOptions } from './redis-connection';

/** BullMQ on the configured Redis, with the run's key prefix, and every declared queue registered. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    const queues = BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name })));
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: redisConnectionOptions(config.redis.url),
            prefix: config.redis.prefix,
          }),
        }),
        queues,
      ],
      exports: [queues],
    };
  }
}
