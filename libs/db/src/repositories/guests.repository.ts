import { NotFoundError } from '@quorum/domain';
import { EntityManager } from 'typeorm';
import { MeetingGuestEntity } from '../entities/meeting-guest.entity';

export type NewGuest = Pick<MeetingGuestEntity, 'meetingId' | 'fullName' | 'organisation' | 'agendaItemIds'>;

/** Every query on the guests invited to meetings. */
export class GuestsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(MeetingGuestEntity);
  }

  ofMeeting(meetingId: string): Promise<MeetingGuestEntity[]> {
    return this.table.find({ where: { meetingId }, order: { createdAt: 'ASC' } });
  }

  /** The guest, or a 404 naming them. */
  async get(id: string): Promise<MeetingGuestEntity> {
    const guest = await this.table.findOneBy({ id });
    if (!guest) throw new NotFoundError('guest.not_found', id);
    return guest;
  }

  create(fields: NewGuest): Promise<MeetingGuestEntity> {
    return this.table.save(this.table.create(fields));
  }

  async remove(id: string): Promise<void> {
    await this.table.delete({ id });
  }
}
