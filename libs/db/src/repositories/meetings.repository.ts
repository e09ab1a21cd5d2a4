import { NotFoundError } from '@quorum/domain';
import { EntityManager, In, LessThan, Not } from 'typeorm';
import { BodyEntity } from '../entities/body.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { columnsOf, entityOf } from './rows';

export type NewMeeting = Pick<
  MeetingEntity,
  | 'bodyId'
  | 'kind'
  | 'title'
  | 'quarter'
  | 'startsAt'
  | 'durationMinutes'
  | 'location'
  | 'videoUrl'
  | 'quorumRequired'
  | 'reconvenedFromId'
>;

export interface MeetingWithBody {
  meeting: MeetingEntity;
  body: BodyEntity;
}

/** Every query and lock on the `meetings` table. */
/** Which of a body's meetings a list holds: of one year (all when absent), in time order or the latest first. */
export interface MeetingsOfBody {
  year?: number;
  latestFirst?: boolean;
}

export class MeetingsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(MeetingEntity);
  }

  /**
   * A body's meetings in time order; only those of `year` if given; `limit` rows from `offset` if
   * given (the index on body and start time serves the page without reading the rest).
   */
  async ofBody(
    bodyId: string,
    { year, latestFirst = false }: MeetingsOfBody = {},
    page?: { limit: number; offset: number },
  ): Promise<MeetingEntity[]> {
    // Hand-written (rows.ts): the list is read on every visit of a body's pages.
    const params: unknown[] = [bodyId];
    const inYear = year !== undefined ? ` AND m.quarter LIKE $${params.push(`${year}-Q%`)}` : '';
    const paged = page ? ` LIMIT $${params.push(page.limit)} OFFSET $${params.push(page.offset)}` : '';
    const order = latestFirst ? 'm.starts_at DESC, m.id DESC' : 'm.starts_at, m.id';
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT ${columnsOf(this.manager, MeetingEntity, 'm')} FROM meetings m
        WHERE m.body_id = $1${inYear} ORDER BY ${order}${paged}`,
      params,
    );
    return rows.map((row) => entityOf(this.manager, MeetingEntity, row));
  }

  /** A body's ordinary meetings in the given quarters, in time order. */
  ordinaryIn(bodyId: string, quarters: string[]): Promise<MeetingEntity[]> {
    return this.table.find({ where: { bodyId, kind: 'ordinary', quarter: In(quarters) }, order: { startsAt: 'ASC' } });
  }

  /** The meeting with its body, or a 404 naming the meeting. */
  withBody(id: string): Promise<MeetingWithBody> {
    return this.load(id, false);
  }

  /**
   * The meeting's row FOR UPDATE, with its body: every change to a meeting, its agenda, its attendance
   * or its guests holds it, so such changes happen one at a time and rules judge the state as it is.
   */
  lockWithBody(id: string): Promise<MeetingWithBody> {
    return this.load(id, true);
  }

  /** Throws the 404 a request about a missing meeting deserves. */
  async assertExists(id: string): Promise<void> {
    if (!(await this.table.existsBy({ id }))) throw new NotFoundError('meeting.not_found', id);
  }

  /** The body's last meeting before this one that was not cancelled, if any. */
  previous(meeting: MeetingEntity): Promise<MeetingEntity | null> {
    return this.table.findOne({
      where: {
        bodyId: meeting.bodyId,
        startsAt: LessThan(meeting.startsAt),
        status: Not('cancelled'),
        id: Not(meeting.id),
      },
      order: { startsAt: 'DESC' },
    });
  }

  /** The meeting that reconvened this one, if any. */
  reconvenedFrom(id: string): Promise<MeetingEntity | null> {
    return this.table.findOneBy({ reconvenedFromId: id });
  }

  /** A new meeting, planned, not yet announced to any calendar (sequence 0). */
  create(fields: NewMeeting): Promise<MeetingEntity> {
    return this.table.save(this.table.create({ ...fields, status: 'planned', sequence: 0 }));
  }

  save(meeting: MeetingEntity): Promise<MeetingEntity> {
    return this.table.save(meeting);
  }

  /** The meeting and its body in one statement; the lock, when taken, is on the meeting's row alone. */
  private async load(id: string, lock: boolean): Promise<MeetingWithBody> {
    // Hand-written (rows.ts): every read and write about a meeting starts here.
    const rows: Record<string, unknown>[] = await this.manager.query(
      `SELECT ${columnsOf(this.manager, MeetingEntity, 'm')}, ${columnsOf(this.manager, BodyEntity, 'b', 'b.')}
         FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = $1${lock ? ' FOR UPDATE OF m' : ''}`,
      [id],
    );
    if (!rows[0]) throw new NotFoundError('meeting.not_found', id);
    // The meeting goes without its `body` relation, so that saving it never touches the body.
    return {
      meeting: entityOf(this.manager, MeetingEntity, rows[0]),
      body: entityOf(this.manager, BodyEntity, rows[0], 'b.'),
    };
  }
}
