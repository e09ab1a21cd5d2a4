import { IsoDate, NotFoundError } from '@quorum/domain';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { MembershipEntity } from '../entities/membership.entity';
import { PersonEntity } from '../entities/person.entity';
import { columnsOf, entityOf } from './rows';

/** A mandate sitting on a date, with the person who holds it. */
export interface SittingMandate {
  membershipId: string;
  personId: string;
  fullName: string;
  organisation: string | null;
  category: string;
  role: string;
}

export type MembershipFields = Pick<
  MembershipEntity,
  'bodyId' | 'personId' | 'category' | 'role' | 'startDate' | 'endDate' | 'endReason'
>;

/** Every query on the `memberships` table (mandates). */
export class MembershipsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(MembershipEntity);
  }

  /** Every mandate of a body, past, present and future (the rules on seats and terms judge them all). */
  ofBody(bodyId: string): Promise<MembershipEntity[]> {
    return this.table.findBy({ bodyId });
  }

  /** Every mandate of a body with the person holding it. */
  ofBodyWithPeople(bodyId: string): Promise<MembershipEntity[]> {
    return this.table.find({ where: { bodyId }, relations: { person: true } });
  }

  /**
   * The mandates, with their holders, of everyone sitting on a body on `date`: the sitting ones, and
   * their earlier and later ones, which the renewal rules count. A composition needs no one else's,
   * so its cost follows the seats, not the body's history.
   */
  async heldBySittingOn(bodyId: string, date: IsoDate): Promise<MembershipEntity[]> {
    // Hand-written (rows.ts): a body's composition is read on most of its pages.
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT ${columnsOf(this.manager, MembershipEntity, 'm')}, ${columnsOf(this.manager, PersonEntity, 'p', 'p.')}
         FROM memberships m JOIN people p ON p.id = m.person_id
        WHERE m.body_id = $1
          AND m.person_id IN (SELECT s.person_id FROM memberships s WHERE s.body_id = $1 AND ${SITTING_ON('s', '$2')})`,
      [bodyId, date],
    );
    return rows.map((row) => {
      const mandate = entityOf(this.manager, MembershipEntity, row);
      mandate.person = entityOf(this.manager, PersonEntity, row, 'p.');
      return mandate;
    });
  }

  /** A body's mandates with their holders, by start date then name; only those sitting on `activeOn` if given; one page if given. */
  list(bodyId: string, activeOn?: IsoDate, page?: { limit: number; offset: number }): Promise<MembershipEntity[]> {
    const query = this.withPeople(bodyId)
      .orderBy('m.start_date', 'ASC')
      .addOrderBy('p.full_name', 'ASC')
      .addOrderBy('m.id', 'ASC');
    // limit/offset, not take/skip: one person per mandate, so rows do not multiply, and one statement suffices.
    if (page) query.limit(page.limit).offset(page.offset);
    return (activeOn ? sittingOn(query, activeOn) : query).getMany();
  }

  /** The mandates of a body sitting on a date, by category then name. */
  async sittingOn(bodyId: string, date: IsoDate): Promise<SittingMandate[]> {
    const query = this.withPeople(bodyId).orderBy('m.category').addOrderBy('p.full_name');
    const rows = await sittingOn(query, date).getMany();
    return rows.map((m) => ({
      membershipId: m.id,
      personId: m.personId,
      fullName: m.person?.fullName ?? '',
      organisation: m.person?.organisation ?? null,
      category: m.category,
      role: m.role,
    }));
  }

  /** The mandate, or a 404 naming it. */
  async get(id: string): Promise<MembershipEntity> {
    // Hand-written (rows.ts): every attendance change reads the mandate it is about.
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT ${columnsOf(this.manager, MembershipEntity, 'm')} FROM memberships m WHERE m.id = $1`,
      [id],
    );
    if (!rows[0]) throw new NotFoundError('membership.not_found', id);
    return entityOf(this.manager, MembershipEntity, rows[0]);
  }

  create(fields: MembershipFields): Promise<MembershipEntity> {
    return this.table.save(this.table.create(fields));
  }

  async update(id: string, changes: Partial<Pick<MembershipEntity, 'endDate' | 'endReason' | 'role'>>): Promise<void> {
    await this.table.update({ id }, changes);
  }

  /** The mandate a person holds in a body on a date, if any (a member acting by their own seat). */
  heldBy(bodyId: string, personId: string, date: IsoDate): Promise<MembershipEntity | null> {
    const query = this.table.createQueryBuilder('m').where('m.body_id = :bodyId AND m.person_id = :personId', {
      bodyId,
      personId,
    });
    return sittingOn(query, date).getOne();
  }

  /** Those of `ids` that are mandates of the body sitting on a date. */
  async sittingAmong(bodyId: string, ids: readonly string[], date: IsoDate): Promise<string[]> {
    if (ids.length === 0) return [];
    const query = this.table
      .createQueryBuilder('m')
      .select('m.id', 'id')
      .where('m.body_id = :bodyId AND m.id IN (:...ids)', { bodyId, ids });
    return (await sittingOn(query, date).getRawMany<{ id: string }>()).map((r) => r.id);
  }

  private withPeople(bodyId: string): SelectQueryBuilder<MembershipEntity> {
    return this.table
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.person', 'p')
      .where('m.body_id = :bodyId', { bodyId });
  }
}

/**
 * The one definition of "sitting on a date": started, and not ended before it (end date inclusive).
 * Written as the period containing the day, so that the GiST index of `ex_memberships_person_period`
 * (body, person, period) finds the sitting mandates without reading the body's history.
 */
export const SITTING_ON = (alias: string, date = ':date') =>
  `daterange(${alias}.start_date, ${alias}.end_date, '[]') @> CAST(${date} AS date)`;

function sittingOn(query: SelectQueryBuilder<MembershipEntity>, date: IsoDate): SelectQueryBuilder<MembershipEntity> {
  return query.andWhere(SITTING_ON('m'), { date });
}
