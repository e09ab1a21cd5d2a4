import { EntityManager } from 'typeorm';
import { BodiesRepository } from './bodies.repository';
import { MembershipsRepository } from './memberships.repository';
import { BallotsRepository } from './ballots.repository';
import { MeetingRollRepository } from './meeting-roll.repository';
import { ParticipationsRepository } from './participations.repository';
import { PollsRepository } from './polls.repository';
import { ProposalsRepository } from './proposals.repository';
import { RecusalsRepository } from './recusals.repository';
import { SecretChoicesRepository } from './secret-choices.repository';

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

  get proposals(): ProposalsRepository {
    return this.one('proposals', (m) => new ProposalsRepository(m));
  }

  get polls(): PollsRepository {
    return this.one('polls', (m) => new PollsRepository(m));
  }

  get ballots(): BallotsRepository {
    return this.one('ballots', (m) => new BallotsRepository(m));
  }

  get participations(): ParticipationsRepository {
    return this.one('participations', (m) => new ParticipationsRepository(m));
  }

  get secretChoices(): SecretChoicesRepository {
    return this.one('secretChoices', (m) => new SecretChoicesRepository(m));
  }

  get recusals(): RecusalsRepository {
    return this.one('recusals', (m) => new RecusalsRepository(m));
  }

  /** What votes read of a meeting (its body, items, sitting mandates, attendance). */
  get meetingRoll(): MeetingRollRepository {
    return this.one('meetingRoll', (m) => new MeetingRollRepository(m));
  }
}
