import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@quorum/config';
import { AuditChainModule, DbModule } from '@quorum/db';
import { QueueModule } from '@quorum/queue';
import { LoggerModule } from 'nestjs-pino';
import { MinutesProgress } from './minutes/minutes-progress';
import { MinutesRenderer } from './minutes/minutes-renderer.service';
import { MinutesProcessor } from './minutes/minutes.processor';
import { RenderGate } from './minutes/render-gate';
import { EventNotifications } from './notifications/event-notifications';
import { MandatesDigest } from './notifications/mandates-digest.service';
import { NotificationSender } from './notifications/notification-sender.service';
import { NotificationsProcessor } from './notifications/notifications.processor';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DbModule.forRoot({ applicationName: 'quorum-worker', runMigrations: false }),
        QueueModule.forRoot(),
        AuditChainModule,
      ],
      providers: [
        MinutesProcessor,
        MinutesRenderer,
        MinutesProgress,
        RenderGate,
        NotificationsProcessor,
        NotificationSender,
        EventNotifications,
        MandatesDigest,
      ],
    };
  }
}
