import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ACCESS_MATRIX, PUBLIC } from './access-matrix';
import { RequestWithUser } from './authenticated-user';
import { AuthService } from './auth.service';
import { ReadAccess } from './read-access';
import { ForbiddenError } from '@quorum/domain';

/**
 * Enforces ACCESS_MATRIX on every route: 401 without a valid token, 403 for a role not listed; then,
 * on the read routes of a body, who may read it (ReadAccess).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly readAccess: ReadAccess,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithUser>();
    // Fastify answers HEAD on every GET route (exposeHeadRoutes): the same rule as the GET.
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = `${method} ${request.routeOptions.url}`;
    const access = ACCESS_MATRIX[route];
    if (access === undefined) throw new ForbiddenError('auth.no_access_rule', { route });
    if (access === PUBLIC) return true;
    const user = await this.auth.authenticate(request.headers.authorization);
    request.user = user;
    if (!access.includes(user.role)) {
      throw new ForbiddenError('auth.role_forbidden', { role: user.role, route, allowed: access.join(', ') });
    }
    await this.readAccess.assertMayRead(
      route,
      request.params as Record<string, unknown>,
      user,
      request.query as Record<string, unknown>,
    );
    return true;
  }
}
