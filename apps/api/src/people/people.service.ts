import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { appendAudit, PersonEntity, PG, pgErrorCode } from '@quorum/db';
import { ConflictError, NotFoundError } from '@quorum/domain';
import { DataSource } from 'typeorm';
import { STAFF } from '../auth/access-matrix';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { CreatePersonDto, UpdatePersonDto } from './dto/person.dto';
import { PersonResponse, toPersonResponse } from './dto/person.response';

/** Members and the direction see each other's names and organisations, not their email addresses. */
function mayReadEmail(viewer: AuthenticatedUser, person: PersonEntity): boolean {
  return STAFF.includes(viewer.role) || viewer.personId === person.id;
}

@Injectable()
export class PeopleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(viewer: AuthenticatedUser): Promise<PersonResponse[]> {
    const people = await this.dataSource.getRepository(PersonEntity).find({ order: { fullName: 'ASC', id: 'ASC' } });
    return people.map((p) => toPersonResponse(p, { withEmail: mayReadEmail(viewer, p) }));
  }

  async get(viewer: AuthenticatedUser, id: string): Promise<PersonResponse> {
    const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ id });
    if (!person) throw new NotFoundError('Person', id);
    return toPersonResponse(person, { withEmail: mayReadEmail(viewer, person) });
  }

  async create(actorId: string, dto: CreatePersonDto): Promise<PersonResponse> {
    const fields = { ...dto, email: dto.email?.toLowerCase() ?? null, organisation: dto.organisation ?? null };
    return this.saving(fields.email, () =>
      this.dataSource.transaction(async (manager) => {
        const person = await manager.getRepository(PersonEntity).save(manager.create(PersonEntity, fields));
        const after = toPersonResponse(person, { withEmail: true });
        await appendAudit(manager, {
          actorId,
          action: 'person.create',
          entityType: 'person',
          entityId: person.id,
          after,
        });
        return after;
      }),
    );
  }

  async update(actorId: string, id: string, dto: UpdatePersonDto): Promise<PersonResponse> {
    const email = dto.email === undefined ? undefined : (dto.email?.toLowerCase() ?? null);
    return this.saving(email, () =>
      this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(PersonEntity);
        const person = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!person) throw new NotFoundError('Person', id);
        const before = toPersonResponse(person, { withEmail: true });
        const after = toPersonResponse(
          await repository.save(Object.assign(person, dto, email === undefined ? {} : { email })),
          { withEmail: true },
        );
        await appendAudit(manager, {
          actorId,
          action: 'person.update',
          entityType: 'person',
          entityId: id,
          before,
          after,
        });
        return after;
      }),
    );
  }

  private async saving<T>(email: string | null | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (pgErrorCode(error) === PG.uniqueViolation) {
        throw new ConflictError(`A person with the email ${email} already exists`, [
          { field: 'email', message: 'is already used by another person' },
        ]);
      }
      throw error;
    }
  }
}
