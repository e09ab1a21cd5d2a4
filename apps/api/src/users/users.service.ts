import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { appendAudit, PG, pgErrorCode, UserEntity } from '@quorum/db';
import { ConflictError, ValidationError } from '@quorum/domain';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { CreateUserDto } from './dto/create-user.dto';
import { toUserResponse, UserResponse } from './dto/user.response';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** On a database with no user yet, creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return;
    try {
      await this.create(null, { ...this.config.admin, role: 'admin' }, 'user.bootstrap');
      this.logger.log(`Created the first admin, ${this.config.admin.email}`);
    } catch (error) {
      // Another instance bootstrapped at the same moment: its admin is as good as ours.
      if (!(error instanceof ConflictError)) throw error;
    }
  }

  async create(actorId: string | null, dto: CreateUserDto, action = 'user.create'): Promise<UserResponse> {
    const email = dto.email.toLowerCase();
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.getRepository(UserEntity).save({
          email,
          passwordHash,
          role: dto.role,
          personId: dto.personId ?? null,
        });
        const response = toUserResponse(user);
        await appendAudit(manager, { actorId, action, entityType: 'user', entityId: user.id, after: response });
        return response;
      });
    } catch (error) {
      if (pgErrorCode(error) === PG.uniqueViolation) {
        throw new ConflictError(`A user with the email ${email} already exists`, [
          { field: 'email', message: 'is already used by another user' },
        ]);
      }
      if (pgErrorCode(error) === PG.foreignKeyViolation) {
        throw new ValidationError(`No person has the id ${dto.personId}`, [
          { field: 'personId', message: 'names no person' },
        ]);
      }
      throw error;
    }
  }

  async list(): Promise<UserResponse[]> {
    const users = await this.dataSource.getRepository(UserEntity).find({ order: { email: 'ASC' } });
    return users.map(toUserResponse);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }
}
