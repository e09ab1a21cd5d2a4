import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { LoginAttempts } from './login-attempts';
import { RateLimitedError } from '@quorum/domain';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Slows password guessing on two counts: attempts on one email from one address (LOGIN_RATE_LIMIT
 * per minute), and attempts on one email from anywhere (LOGIN_ACCOUNT_RATE_LIMIT per hour), so that
 * spreading guesses over many addresses does not help. Every attempt counts, before the password
 * is checked; past a limit the answer is 429 with Retry-After.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  constructor(
    private readonly attempts: LoginAttempts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const body = request.body as { email?: unknown } | undefined;
    // Hashed: the key stays short and safe whatever the client sent, and Redis holds no address book.
    const account = createHash('sha256')
      .update(typeof body?.email === 'string' ? body.email.toLowerCase() : '')
      .digest('base64url');
    const { loginRateLimitPerMinute, loginAccountRateLimitPerHour } = this.config.auth;
    const [fromAddress, onAccount] = await Promise.all([
      this.attempts.hit(`address:${request.ip}:${account}`, MINUTE),
      this.attempts.hit(`account:${account}`, HOUR),
    ]);
    const waits = [
      fromAddress.count > loginRateLimitPerMinute ? fromAddress.resetInMs : 0,
      onAccount.count > loginAccountRateLimitPerHour ? onAccount.resetInMs : 0,
    ];
    const waitMs = Math.max(...waits);
    if (waitMs === 0) return true;
    const seconds = Math.ceil(waitMs / 1000);
    void context.switchToHttp().getResponse<FastifyReply>().header('retry-after', String(seconds));
    throw new RateLimitedError(seconds);
  }
}
