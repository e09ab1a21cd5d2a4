import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { DissentRequestEntity } from '../entities/dissent-request.entity';

export type NewDissentRequest = Pick<
  DissentRequestEntity,
  'meetingId' | 'agendaItemId' | 'membershipId' | 'text' | 'requestedBy'
>;

/** A dissent request with the name of the member it speaks for. */
export interface NamedDissentRequest extends DissentRequestEntity {
  fullName: string;
}

/** Every query on members' requests that their dissent be recorded in the minutes. */
export class DissentRequestsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(DissentRequestEntity);
  }

  /** The meeting's requests, oldest first, each with its member's name. */
  async ofMeeting(meetingId: string): Promise<NamedDissentRequest[]> {
    const rows = await this.table
      .createQueryBuilder('r')
      .innerJoin('memberships', 'm', 'm.id = r.membership_id')
      .innerJoin('people', 'p', 'p.id = m.person_id')
      .addSelect('p.full_name', 'full_name')
      .where('r.meeting_id = :meetingId', { meetingId })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((entity, i) => Object.assign(entity, { fullName: rows.raw[i].full_name as string }));
  }

  /** The request, or a 404 naming it. */
  async get(id: string): Promise<DissentRequestEntity> {
    const request = await this.table.findOneBy({ id });
    if (!request) throw new NotFoundError('dissent_request.not_found', id);
    return request;
  }

  /** A new request, pending until the secretariat decides. */
  create(fields: NewDissentRequest): Promise<DissentRequestEntity> {
    return this.table.save(this.table.create({ ...fields, status: 'pending' }));
  }

  save(request: DissentRequestEntity): Promise<DissentRequestEntity> {
    return this.table.save(request);
  }
}
