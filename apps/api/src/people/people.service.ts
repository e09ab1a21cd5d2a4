import { Injectable } from '@nestjs/common';
import { PersonEntity, Repositories, stateOf, UnitOfWork } from '@quorum/db';
import { STAFF } from '../auth/access-matrix';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { CreatePersonDto, UpdatePersonDto } from './dto/person.dto';
import { PersonResponse, toPersonResponse } from './dto/person.response';

/** Members and the direction see each other's names and organisations, not their email addresses. */
function mayReadEmail(viewer: AuthenticatedUser, person: PersonEntity): boolean {
  return STAFF.includes(viewer.role) || viewer.personId === person.id;
}

/** People who may hold mandates, with their contact details. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(viewer: AuthenticatedUser): Promise<PersonResponse[]> {
    const people = await this.repos.people.list();
    return people.map((p) => toPersonResponse(p, { withEmail: mayReadEmail(viewer, p) }));
  }

  async get(viewer: AuthenticatedUser, id: string): Promise<PersonResponse> {
    const person = await this.repos.people.get(id);
    return toPersonResponse(person, { withEmail: mayReadEmail(viewer, person) });
  }

  create(actorId: string, dto: CreatePersonDto): Promise<PersonResponse> {
    const fields = { ...dto, email: dto.email?.toLowerCase() ?? null, organisation: dto.organisation ?? null };
    return this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      const person = await repos.people.create(fields);
      audit({ action: 'person.create', entityType: 'person', entityId: person.id, after: stateOf(person) });
      return toPersonResponse(person, { withEmail: true });
    });
  }

  update(actorId: string, id: string, dto: UpdatePersonDto): Promise<PersonResponse> {
    const email = dto.email === undefined ? {} : { email: dto.email?.toLowerCase() ?? null };
    return this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      const person = await repos.people.lock(id);
      const before = stateOf(person);
      const saved = await repos.people.save(Object.assign(person, dto, email));
      audit({ action: 'person.update', entityType: 'person', entityId: id, before, after: stateOf(saved) });
      return toPersonResponse(saved, { withEmail: true });
    });
  }
}
