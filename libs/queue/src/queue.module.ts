import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { QUEUES } from './queues';
import { redisConnectionOptions } from './redis-connection';
import { RedisWatch } from './redis-watch';

/** BullMQ on the configured Redis, with the run's key prefix, and every declared queue registered. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    const queues = BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name })));
    return {
      module: QueueModule,
      global: true,
      imports: [
        DiscoveryModule,
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: redisConnectionOptions(config.redis.url),
            prefix: config.redis.prefix,
          }),
        }),
        queues,
      ],
      providers: [
        {
          provide: RedisWatch,
          inject: [DiscoveryService, APP_CONFIG, ...Object.values(QUEUES).map((name) => getQueueToken(name))],
          useFactory: (discovery: DiscoveryService, config: AppConfig, ...all: Queue[]) =>
            new RedisWatch(discovery, config, all),
        },
      ],
      exports: [queues],
    };
  }
}
