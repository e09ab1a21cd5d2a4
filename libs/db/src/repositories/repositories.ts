import { EntityManager } from 'typeorm';
import { AgendaRequestsRepository } from './agenda-requests.repository';
import { AgendaRepository } from './agenda.repository';
import { AttendanceRepository } from './attendance.repository';
import { AuditRepository } from './audit.repository';
import { BodiesRepository } from './bodies.repository';
import { GuestsRepository } from './guests.repository';
import { MeetingsRepository } from './meetings.repository';
import { MembershipsRepository } from './memberships.repository';
import { PeopleRepository } from './people.repository';
import { BallotsRepository } from './ballots.repository';
import { ParticipationsRepository } from './participations.repository';
import { PollsRepository } from './polls.repository';
import { ProposalsRepository } from './proposals.repository';
import { RecusalsRepository } from './recusals.repository';
import { RecommendationsRepository } from './recommendations.repository';
import { ActionsRepository } from './actions.repository';
import { SecretChoicesRepository } from './secret-choices.repository';
import { UsersRepository } from './users.repository';
import { MinutesRepository } from './minutes.repository';
import { DissentRequestsRepository } from './dissent-requests.repository';
import { OutboxRepository } from './outbox.repository';
import { NotificationsRepository } from './notifications.repository';
import { DocumentsRepository } from './documents.repository';

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

  get people(): PeopleRepository {
    return this.one('people', (m) => new PeopleRepository(m));
  }

  get memberships(): MembershipsRepository {
    return this.one('memberships', (m) => new MembershipsRepository(m));
  }

  get meetings(): MeetingsRepository {
    return this.one('meetings', (m) => new MeetingsRepository(m));
  }

  get agenda(): AgendaRepository {
    return this.one('agenda', (m) => new AgendaRepository(m));
  }

  get dissentRequests(): DissentRequestsRepository {
    return this.one('dissentRequests', (m) => new DissentRequestsRepository(m));
  }

  get agendaRequests(): AgendaRequestsRepository {
    return this.one('agendaRequests', (m) => new AgendaRequestsRepository(m));
  }

  get attendance(): AttendanceRepository {
    return this.one('attendance', (m) => new AttendanceRepository(m));
  }

  get guests(): GuestsRepository {
    return this.one('guests', (m) => new GuestsRepository(m));
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

  get users(): UsersRepository {
    return this.one('users', (m) => new UsersRepository(m));
  }

  get minutes(): MinutesRepository {
    return this.one('minutes', (m) => new MinutesRepository(m));
  }

  get outbox(): OutboxRepository {
    return this.one('outbox', (m) => new OutboxRepository(m));
  }

  get notifications(): NotificationsRepository {
    return this.one('notifications', (m) => new NotificationsRepository(m));
  }

  get recommendations(): RecommendationsRepository {
    return this.one('recommendations', (m) => new RecommendationsRepository(m));
  }

  get actions(): ActionsRepository {
    return this.one('actions', (m) => new ActionsRepository(m));
  }

  get documents(): DocumentsRepository {
    return this.one('documents', (m) => new DocumentsRepository(m));
  }

  get audit(): AuditRepository {
    return this.one('audit', (m) => new AuditRepository(m));
  }
}
