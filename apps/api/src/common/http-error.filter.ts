import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { toErrorBody } from './error-response';

/** Every error leaves the API in the contract's shape; only unexpected ones are logged as errors. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const error = toErrorBody(exception);
    if (error.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : exception);
    void reply.status(error.statusCode).send(error);
  }
}
