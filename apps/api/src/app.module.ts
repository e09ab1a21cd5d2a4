import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@quorum/config';
import { Clock, DbModule } from '@quorum/db';
import { OutboxRelay, QueueModule } from '@quorum/queue';
import { LoggerModule } from 'nestjs-pino';
import { AgendaModule } from './agenda/agenda.module';
import { AttendanceModule } from './attendance/attendance.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BodiesModule } from './bodies/bodies.module';
import { requestIdOf } from './common/request-id';
import { HealthModule } from './health/health.module';
import { MembershipsModule } from './memberships/memberships.module';
import { PeopleModule } from './people/people.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MinutesModule } from './minutes/minutes.module';
import { NotificationsModule } from './notifications/notifications.module';
import { UsersModule } from './users/users.module';
import { EventsModule } from './events/events.module';
import { PollsModule } from './polls/polls.module';
import { ProposalsModule } from './proposals/proposals.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { ActionsModule } from './actions/actions.module';
import { OparlModule } from './oparl/oparl.module';
import { VotesModule } from './polls/votes.module';
import { DocumentsModule } from './documents/documents.module';

@Module({})
export class AppModule {
  /** `clock` replaces the system clock: tests move time with it. */
  static forRoot(config: AppConfig, { clock }: { clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req) => requestIdOf(req.headers['x-request-id']),
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        DbModule.forRoot({ applicationName: 'quorum-api', runMigrations: true, clock }),
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
        EventsModule,
        ProposalsModule,
        PollsModule,
        RecommendationsModule,
        ActionsModule,
        OparlModule,
        VotesModule,
        MinutesModule,
        NotificationsModule,
        DocumentsModule,
      ],
      // Moves the outbox's rows to their queues (render jobs, later e-mails); see libs/queue.
      providers: [OutboxRelay],
    };
  }
}
