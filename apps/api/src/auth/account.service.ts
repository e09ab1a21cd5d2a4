import { Injectable } from '@nestjs/common';
import { Clock, Repositories, UnitOfWork, UserEntity } from '@quorum/db';
import { CALENDAR_TIME_ZONE, isActiveOn, isoDateIn } from '@quorum/domain';
import { AuthenticatedUser } from './authenticated-user';
import { MeResponse, toMeResponse, UpdateMeDto } from './dto/me.dto';

/** The caller's own account: who they are, the mandates they hold today, their language. */
@Injectable()
export class AccountService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async me(caller: AuthenticatedUser): Promise<MeResponse> {
    return this.describe(await this.repos.users.get(caller.id), this.repos);
  }

  update(caller: AuthenticatedUser, dto: UpdateMeDto): Promise<MeResponse> {
    return this.unitOfWork.run(caller.id, async ({ repos, audit }) => {
      const user = await repos.users.lock(caller.id);
      const before = { language: user.language };
      user.language = dto.language;
      const saved = await repos.users.save(user);
      audit({
        action: 'user.update',
        entityType: 'user',
        entityId: user.id,
        before,
        after: { language: saved.language },
      });
      return this.describe(saved, repos);
    });
  }

  /** Access follows the mandate dates: only mandates sitting today count, so a former member has none. */
  private async describe(user: UserEntity, repos: Repositories): Promise<MeResponse> {
    const today = isoDateIn(this.clock.now(), CALENDAR_TIME_ZONE);
    const mandates = user.personId ? await repos.users.mandatesOfPerson(user.personId) : [];
    return toMeResponse(
      user,
      mandates.filter((m) => isActiveOn(m, today)),
    );
  }
}
