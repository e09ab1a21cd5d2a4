import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@quorum/config';
import { DbModule } from '@quorum/db';
import { OutboxRelay, QueueModule } from '@quorum/queue';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AgendaModule } from './agenda/agenda.module';
import { AttendanceModule } from './attendance/attendance.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BodiesModule } from './bodies/bodies.module';
import { HealthModule } from './health/health.module';
import { MembershipsModule } from './memberships/memberships.module';
import { PeopleModule } from './people/people.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MinutesModule } from './minutes/minutes.module';
import { NotificationsModule } from './notifications/notifications.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req) => {
              const given = req.headers['x-request-id'];
              return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        DbModule.forRoot({ applicationName: 'quorum-api', runMigrations: true }),
        QueueModule.forRoot(),
        HealthModule,
        UsersModule,
        AuthModule,
        BodiesModule,
        PeopleModule,
        MembershipsModule,
        MeetingsModule,
        AgendaModule,
        AttendanceModule,
        AuditModule,
        MinutesModule,
        NotificationsModule,
      ],
      // Moves the outbox's rows to their queues (render jobs, later e-mails); see libs/queue.
      providers: [OutboxRelay],
    };
  }
}
