import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { PersonEntity } from '../entities/person.entity';

export type PersonFields = Pick<PersonEntity, 'fullName' | 'email' | 'organisation'>;

/** Every query and lock on the `people` table. */
export class PeopleRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(PersonEntity);
  }

  list(): Promise<PersonEntity[]> {
    return this.table.find({ order: { fullName: 'ASC', id: 'ASC' } });
  }

  /** The person, or a 404 naming them. */
  async get(id: string): Promise<PersonEntity> {
    const person = await this.table.findOneBy({ id });
    if (!person) throw new NotFoundError('person.not_found', id);
    return person;
  }

  /** The person, or null: for callers that name a person in a request body (a 422, not a 404). */
  find(id: string): Promise<PersonEntity | null> {
    return this.table.findOneBy({ id });
  }

  /** The person's row FOR UPDATE, so that two edits of one person run one after the other. */
  async lock(id: string): Promise<PersonEntity> {
    const person = await this.table.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!person) throw new NotFoundError('person.not_found', id);
    return person;
  }

  create(fields: PersonFields): Promise<PersonEntity> {
    return this.table.save(this.table.create(fields));
  }

  save(person: PersonEntity): Promise<PersonEntity> {
    return this.table.save(person);
  }
}
