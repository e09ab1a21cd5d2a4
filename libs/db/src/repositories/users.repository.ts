import { type Language, NotFoundError } from '@quorum/domain';
import { EntityManager, In, IsNull } from 'typeorm';
import { MeetingEntity } from '../entities/meeting.entity';
import { MembershipEntity } from '../entities/membership.entity';
import { UserEntity } from '../entities/user.entity';

export type NewUser = Pick<UserEntity, 'email' | 'passwordHash' | 'role' | 'personId'>;

/** What the guard checks on each request to honour revocation; everything else travels in the token. */
export interface RevocationState {
  tokenVersion: number;
  disabled: boolean;
}

/** A meeting with the name of its body, for a user's calendar feed. */
export interface MeetingOfBody {
  meeting: MeetingEntity;
  bodyName: string;
}

/** What a person chose about e-mail, through their login: the language and whether to skip non-essential messages. */
export interface MailPreferences {
  language: Language;
  optOutNonEssential: boolean;
}

/** Every query and lock on the `users` table, and what a login sees of its person's mandates. */
export class UsersRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(UserEntity);
  }

  count(): Promise<number> {
    return this.table.count();
  }

  list(): Promise<UserEntity[]> {
    return this.table.find({ order: { email: 'ASC' } });
  }

  /** The user, or a 404 naming it. */
  async get(id: string): Promise<UserEntity> {
    const user = await this.table.findOneBy({ id });
    if (!user) throw new NotFoundError('user.not_found', id);
    return user;
  }

  /** The user's row FOR UPDATE: changes to one login (password, version, state) run one at a time. */
  async lock(id: string): Promise<UserEntity> {
    const user = await this.table.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundError('user.not_found', id);
    return user;
  }

  /**
   * The e-mail preferences of these people, by person id, from their logins (the account page writes
   * them); a person with several logins follows the one changed last; no login: absent (the defaults).
   */
  async mailPreferencesOf(personIds: readonly string[]): Promise<Map<string, MailPreferences>> {
    if (!personIds.length) return new Map();
    const rows = await this.table
      .createQueryBuilder('u')
      .where('u.person_id IN (:...personIds)', { personIds })
      .orderBy('u.updated_at', 'ASC')
      .getMany();
    return new Map(
      rows.map((u) => [u.personId!, { language: u.language, optOutNonEssential: u.optOutNonEssential }] as const),
    );
  }

  /** The secretariat's enabled logins, with their person when linked: who receives the secretariat's digests. */
  secretariat(): Promise<UserEntity[]> {
    return this.table.find({
      where: { role: 'secretariat', disabledAt: IsNull() },
      relations: { person: true },
      order: { email: 'ASC' },
    });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.table.findOneBy({ email: email.toLowerCase() });
  }

  findByCalendarFeedToken(token: string): Promise<UserEntity | null> {
    return this.table.findOneBy({ calendarFeedToken: token });
  }

  /** One indexed row of two columns: all the guard reads per request. */
  async revocationState(id: string): Promise<RevocationState | undefined> {
    const rows: { token_version: number; disabled: boolean }[] = await this.manager.query(
      'SELECT token_version, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1',
      [id],
    );
    const row = rows[0];
    return row && { tokenVersion: row.token_version, disabled: row.disabled };
  }

  create(fields: NewUser): Promise<UserEntity> {
    return this.table.save(this.table.create(fields));
  }

  save(user: UserEntity): Promise<UserEntity> {
    return this.table.save(user);
  }

  /** Every mandate the person held, holds or will hold, with its body, by start date. */
  mandatesOfPerson(personId: string): Promise<MembershipEntity[]> {
    return this.manager.getRepository(MembershipEntity).find({
      where: { personId },
      relations: { body: true },
      order: { startDate: 'ASC' },
    });
  }

  /** The bodies where the person holds a mandate on `date`: what a member may read beyond the public. */
  async sittingBodyIds(personId: string, date: string): Promise<string[]> {
    const rows: { body_id: string }[] = await this.manager.query(
      `SELECT DISTINCT body_id FROM memberships
        WHERE person_id = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)`,
      [personId, date],
    );
    return rows.map((row) => row.body_id);
  }

  /** The body a meeting belongs to, or undefined when there is no such meeting. */
  async bodyOfMeeting(meetingId: string): Promise<string | undefined> {
    const rows: { body_id: string }[] = await this.manager.query('SELECT body_id FROM meetings WHERE id = $1', [
      meetingId,
    ]);
    return rows[0]?.body_id;
  }

  /** The meetings of the given bodies (of every body when `bodyIds` is 'all'), in time order. */
  async meetingsOfBodies(bodyIds: string[] | 'all'): Promise<MeetingOfBody[]> {
    if (bodyIds !== 'all' && bodyIds.length === 0) return [];
    const meetings = await this.manager.getRepository(MeetingEntity).find({
      where: bodyIds === 'all' ? {} : { bodyId: In(bodyIds) },
      relations: { body: true },
      order: { startsAt: 'ASC' },
    });
    return meetings.map((meeting) => ({ meeting, bodyName: meeting.body?.name ?? '' }));
  }
}
