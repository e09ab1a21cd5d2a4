import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Repositories, UnitOfWork, UserEntity } from '@quorum/db';
import { UnauthenticatedError, ValidationError } from '@quorum/domain';
import { TokenClaims, userOfClaims } from './access-token';
import { AuthenticatedUser } from './authenticated-user';
import { ChangePasswordDto } from './dto/change-password.dto';
import { toSessionUser } from '../common/session-user';
import { LoginDto, LoginResponse } from './dto/login.dto';
import { Passwords } from '../common/password';

/** Logging in and out, the caller's own password, and turning a bearer token into a caller. */
@Injectable()
export class AuthService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly jwt: JwtService,
    private readonly passwords: Passwords,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponse> {
    const user = await this.repos.users.findByEmail(dto.email);
    const ok = await this.passwords.verify(user?.passwordHash, dto.password);
    if (!user || !ok) throw new UnauthenticatedError('auth.bad_credentials');
    if (user.disabledAt) throw new UnauthenticatedError('auth.account_disabled');
    return { accessToken: this.issue(user), user: toSessionUser(user) };
  }

  /**
   * Resolves a bearer token to its caller. The token carries who they are; the database is asked
   * only what revocation needs (one row, two columns): a logged-out, reset or disabled user's
   * tokens stop working at once.
   */
  async authenticate(authorization: string | undefined): Promise<AuthenticatedUser> {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new UnauthenticatedError('auth.token_required');
    let payload: unknown;
    try {
      payload = this.jwt.verify(token);
    } catch {
      throw new UnauthenticatedError('auth.token_expired');
    }
    const caller = userOfClaims(payload);
    if (!caller) throw new UnauthenticatedError('auth.token_expired');
    const state = await this.repos.users.revocationState(caller.id);
    if (!state || state.disabled || state.tokenVersion !== caller.tokenVersion) {
      throw new UnauthenticatedError('auth.token_revoked');
    }
    const { tokenVersion: _version, ...user } = caller;
    return user;
  }

  /** Revokes every token of the caller, this one included. */
  logout(caller: AuthenticatedUser): Promise<void> {
    return this.revokeTokens(caller, 'user.logout');
  }

  /** Changes the caller's own password once the current one is proven; every token is revoked. */
  async changePassword(caller: AuthenticatedUser, dto: ChangePasswordDto): Promise<void> {
    const current = await this.repos.users.get(caller.id);
    if (!(await this.passwords.verify(current.passwordHash, dto.currentPassword))) {
      throw new ValidationError('auth.wrong_current_password', {}, ['currentPassword']);
    }
    const passwordHash = await this.passwords.hash(dto.newPassword);
    // The audit says that the password changed, never what it is.
    await this.revokeTokens(caller, 'user.password.change', (user) => (user.passwordHash = passwordHash));
  }

  /** Raises the caller's token version (after `change`, if any) in one audited unit of work. */
  private revokeTokens(caller: AuthenticatedUser, action: string, change?: (user: UserEntity) => void): Promise<void> {
    return this.unitOfWork.run(caller.id, async ({ repos, audit }) => {
      const user = await repos.users.lock(caller.id);
      change?.(user);
      user.tokenVersion += 1;
      await repos.users.save(user);
      audit({ action, entityType: 'user', entityId: user.id, after: { tokenVersion: user.tokenVersion } });
    });
  }

  private issue(user: UserEntity): string {
    const claims: TokenClaims = {
      sub: user.id,
      email: user.email,
      role: user.role,
      pid: user.personId,
      ver: user.tokenVersion,
    };
    return this.jwt.sign(claims);
  }
}
