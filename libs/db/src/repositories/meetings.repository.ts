import { NotFoundError } from '@quorum/domain';
import { EntityManager, In, LessThan, Like, Not } from 'typeorm';
import { BodyEntity } from '../entities/body.entity';
import { MeetingEntity } from '../entities/meeting.entity';

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
export class MeetingsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(MeetingEntity);
  }

  /**
   * A body's meetings in time order; only those of `year` if given; `limit` rows from `offset` if
   * given (the index on body and start time serves the page without reading the rest).
   */
  ofBody(bodyId: string, year?: number, page?: { limit: number; offset: number }): Promise<MeetingEntity[]> {
    return this.table.find({
      where: { bodyId, ...(year !== undefined ? { quarter: Like(`${year}-Q%`) } : {}) },
      order: { startsAt: 'ASC', id: 'ASC' },
      ...(page ? { take: page.limit, skip: page.offset } : {}),
    });
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
    const query = this.table.createQueryBuilder('m').innerJoinAndSelect('m.body', 'b').where('m.id = :id', { id });
    const meeting = await (lock ? query.setLock('pessimistic_write', undefined, ['m']) : query).getOne();
    if (!meeting?.body) throw new NotFoundError('meeting.not_found', id);
    const body: BodyEntity = meeting.body;
    // The meeting goes on without the relation, so that saving it never touches the body.
    delete meeting.body;
    return { meeting, body };
  }
}
