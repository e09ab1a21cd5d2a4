import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Language, negotiateLanguage } from '@quorum/domain';
import type { FastifyRequest } from 'fastify';

/** The language the caller reads, from `Accept-Language` (French when none of ours is asked for). */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  negotiateLanguage(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);
