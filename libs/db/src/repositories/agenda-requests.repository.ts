import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { AgendaRequestEntity } from '../entities/agenda-request.entity';

export type NewAgendaRequest = Pick<
  AgendaRequestEntity,
  'meetingId' | 'title' | 'kind' | 'description' | 'durationMinutes' | 'requestedBy' | 'requestedByPersonId'
>;

/** Every query on members' requests for agenda items. */
export class AgendaRequestsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(AgendaRequestEntity);
  }

  ofMeeting(meetingId: string): Promise<AgendaRequestEntity[]> {
    return this.table.find({ where: { meetingId }, order: { createdAt: 'ASC' } });
  }

  /** The request, or a 404 naming it. */
  async get(id: string): Promise<AgendaRequestEntity> {
    const request = await this.table.findOneBy({ id });
    if (!request) throw new NotFoundError('agenda_request.not_found', id);
    return request;
  }

  /** A new request, pending until the secretariat decides. */
  create(fields: NewAgendaRequest): Promise<AgendaRequestEntity> {
    return this.table.save(this.table.create({ ...fields, status: 'pending' }));
  }

  save(request: AgendaRequestEntity): Promise<AgendaRequestEntity> {
    return this.table.save(request);
  }
}
