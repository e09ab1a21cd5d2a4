import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { Repositories, UnitOfWork } from '@quorum/db';
import { ConflictError, ForbiddenError } from '@quorum/domain';
import { Passwords } from '../common/password';
import { CreateUserDto } from './dto/create-user.dto';
import { toUserResponse, UserResponse, userSnapshot } from './dto/user.response';

/** Who calls a users route: null for the start-up bootstrap. */
type Actor = { id: string; role: string } | null;

/** Logins: created by the admin (the secretariat for members), disabled, enabled, reset. */
@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly passwords: Passwords,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** On a database with no user yet, creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.repos.users.count()) > 0) return;
    try {
      await this.create(null, { ...this.config.admin, role: 'admin' });
      this.logger.log(`Created the first admin, ${this.config.admin.email}`);
    } catch (error) {
      // Another instance bootstrapped at the same moment: its admin is as good as ours.
      if (!(error instanceof ConflictError)) throw error;
    }
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserResponse> {
    // The secretariat gives the people of its bodies a login; every other role is the admin's to grant.
    if (actor?.role === 'secretariat' && dto.role !== 'member') {
      throw new ForbiddenError('user.secretariat_members_only');
    }
    const passwordHash = await this.passwords.hash(dto.password);
    return this.unitOfWork.run(actor?.id ?? null, async ({ repos, audit }) => {
      const user = await repos.users.create({
        email: dto.email.toLowerCase(),
        passwordHash,
        role: dto.role,
        personId: dto.personId ?? null,
      });
      audit({
        action: actor ? 'user.create' : 'user.bootstrap',
        entityType: 'user',
        entityId: user.id,
        after: userSnapshot(user),
      });
      return toUserResponse(user);
    });
  }

  async list(): Promise<UserResponse[]> {
    return (await this.repos.users.list()).map(toUserResponse);
  }

  /** Disabling also revokes every token of the user; enabling lets them log in again. */
  setDisabled(actor: NonNullable<Actor>, userId: string, disabled: boolean): Promise<UserResponse> {
    if (disabled && actor.id === userId) {
      throw new ConflictError('user.cannot_disable_self', {}, ['userId']);
    }
    return this.unitOfWork.run(actor.id, async ({ repos, now, audit }) => {
      const user = await repos.users.lock(userId);
      const before = userSnapshot(user);
      if (disabled && !user.disabledAt) {
        user.disabledAt = now;
        user.tokenVersion += 1;
      }
      if (!disabled) user.disabledAt = null;
      const saved = await repos.users.save(user);
      audit({
        action: disabled ? 'user.disable' : 'user.enable',
        entityType: 'user',
        entityId: userId,
        before,
        after: userSnapshot(saved),
      });
      return toUserResponse(saved);
    });
  }

  /** An administrator sets a new password for a user who lost theirs; every token of the user is revoked. */
  async resetPassword(actor: NonNullable<Actor>, userId: string, newPassword: string): Promise<void> {
    const passwordHash = await this.passwords.hash(newPassword);
    await this.unitOfWork.run(actor.id, async ({ repos, audit }) => {
      const user = await repos.users.lock(userId);
      user.passwordHash = passwordHash;
      user.tokenVersion += 1;
      await repos.users.save(user);
      audit({ action: 'user.password.reset', entityType: 'user', entityId: userId, after: userSnapshot(user) });
    });
  }
}
