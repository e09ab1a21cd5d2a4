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

  /** A body's meetings in time order; only those of `year` if given. */
  ofBody(bodyId: string, year?: number): Promise<MeetingEntity[]> {
    return this.table.find({
      where: { bodyId, ...(year !== undefined ? { quarter: Like(`${year}-Q%`) } : {}) },
      order: { startsAt: 'ASC' },
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
    if (!(await this.table.existsBy({ id }))) throw new NotFoundError('Meeting', id);
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

  private async load(id: string, lock: boolean): Promise<MeetingWithBody> {
    const meeting = await this.table.findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!meeting) throw new NotFoundError('Meeting', id);
    const body = await this.manager.getRepository(BodyEntity).findOneByOrFail({ id: meeting.bodyId });
    return { meeting, body };
  }
}
