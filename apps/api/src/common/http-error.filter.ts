import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { negotiateLanguage } from '@quorum/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorBody } from './error-response';

/** Every error leaves the API in the contract's shape, in the reader's language; only unexpected ones are logged as errors. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const error = toErrorBody(exception, negotiateLanguage(request.headers['accept-language']));
    if (error.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : exception);
    // A route that serves another type (text/calendar, PDF) may already have set its content type.
    void reply.status(error.statusCode).header('content-type', 'application/json; charset=utf-8').send(error);
  }
}
