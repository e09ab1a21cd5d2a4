import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { createSecretKey } from 'node:crypto';
import { Passwords } from '../common/password';
import { AccessGuard } from './access.guard';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { LoginAttempts } from './login-attempts';
import { LoginRateLimitGuard } from './login-rate-limit.guard';
import { ReadAccess } from './read-access';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A key object built once: handed a string, jsonwebtoken would first try it as a PEM public key on every verify.
        secret: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')),
        // One algorithm, pinned both ways: a token claiming `none` or RS256 is refused.
        signOptions: { algorithm: 'HS256', expiresIn: config.auth.jwtTtl as `${number}h` },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, CalendarFeedController],
  providers: [
    AuthService,
    Passwords,
    AccountService,
    CalendarFeedService,
    LoginAttempts,
    LoginRateLimitGuard,
    ReadAccess,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule {}
