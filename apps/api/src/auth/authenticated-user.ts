import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '@quorum/domain';

/** Who is calling, as the AccessGuard established it. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
  personId: string | null;
}

export interface RequestWithUser {
  user?: AuthenticatedUser;
}

/** Injects the caller into a handler: `@CurrentUser() user: AuthenticatedUser`. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  const user = ctx.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new Error('CurrentUser used on a route that does not authenticate');
  return user;
});
