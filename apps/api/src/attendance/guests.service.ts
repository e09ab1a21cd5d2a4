import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgendaItemEntity, appendAudit, MeetingGuestEntity } from '@quorum/db';
import { assertMeetingAllows, NotFoundError, RuleViolationError } from '@quorum/domain';
import { DataSource, In } from 'typeorm';
import { meetingWithBody } from '../meetings/meeting-records';
import { CreateGuestDto, GuestResponse, toGuestResponse } from './dto/guest.dto';

/** Invited guests: named with their organisation and the items they attend, never counted for quorum. */
@Injectable()
export class GuestsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(meetingId: string): Promise<GuestResponse[]> {
    await meetingWithBody(this.dataSource.manager, meetingId);
    const guests = await this.dataSource
      .getRepository(MeetingGuestEntity)
      .find({ where: { meetingId }, order: { createdAt: 'ASC' } });
    return guests.map(toGuestResponse);
  }

  async invite(actorId: string, meetingId: string, dto: CreateGuestDto): Promise<GuestResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await meetingWithBody(manager, meetingId, true);
      assertMeetingAllows(meeting.status, 'recordGuests');
      const itemIds = dto.agendaItemIds ?? [];
      const items = itemIds.length
        ? await manager.getRepository(AgendaItemEntity).findBy({ meetingId, id: In(itemIds) })
        : [];
      const unknown = itemIds.filter((id) => !items.some((i) => i.id === id));
      if (unknown.length > 0) {
        throw new RuleViolationError('A guest attends items of this meeting only', [
          { field: 'agendaItemIds', message: `names items not on this meeting's agenda: ${unknown.join(', ')}` },
        ]);
      }
      const guest = await manager.getRepository(MeetingGuestEntity).save(
        manager.create(MeetingGuestEntity, {
          meetingId,
          fullName: dto.fullName,
          organisation: dto.organisation ?? null,
          agendaItemIds: itemIds,
        }),
      );
      const after = toGuestResponse(guest);
      await appendAudit(manager, {
        actorId,
        action: 'guest.invite',
        entityType: 'meeting_guest',
        entityId: guest.id,
        after,
      });
      return after;
    });
  }

  async remove(actorId: string, guestId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const guest = await manager.getRepository(MeetingGuestEntity).findOneBy({ id: guestId });
      if (!guest) throw new NotFoundError('Guest', guestId);
      const { meeting } = await meetingWithBody(manager, guest.meetingId, true);
      assertMeetingAllows(meeting.status, 'recordGuests');
      await manager.getRepository(MeetingGuestEntity).delete({ id: guestId });
      await appendAudit(manager, {
        actorId,
        action: 'guest.remove',
        entityType: 'meeting_guest',
        entityId: guestId,
        before: toGuestResponse(guest),
      });
    });
  }
}
