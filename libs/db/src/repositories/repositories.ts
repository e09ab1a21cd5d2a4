import { EntityManager } from 'typeorm';
import { BodiesRepository } from './bodies.repository';
import { MembershipsRepository } from './memberships.repository';
import { UsersRepository } from './users.repository';

/**
 * The repositories of every aggregate, bound to one EntityManager: the data source's for reads,
 * a transaction's inside a unit of work. Services reach the database only through these.
 * A new aggregate adds its repository class in this folder and one getter here.
 */
export class Repositories {
  private readonly made = new Map<string, unknown>();

  constructor(private readonly manager: EntityManager) {}

  private one<T>(name: string, make: (manager: EntityManager) => T): T {
    if (!this.made.has(name)) this.made.set(name, make(this.manager));
    return this.made.get(name) as T;
  }

  get bodies(): BodiesRepository {
    return this.one('bodies', (m) => new BodiesRepository(m));
  }

  get memberships(): MembershipsRepository {
    return this.one('memberships', (m) => new MembershipsRepository(m));
  }

  get users(): UsersRepository {
    return this.one('users', (m) => new UsersRepository(m));
  }
}
