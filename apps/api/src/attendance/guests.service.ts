import { Injectable } from '@nestjs/common';
import { Repositories, stateOf, UnitOfWork } from '@quorum/db';
import { assertMeetingAllows, RuleViolationError } from '@quorum/domain';
import { CreateGuestDto, GuestResponse, toGuestResponse } from './dto/guest.dto';

/** Invited guests: named with their organisation and the items they attend, never counted for quorum. */
@Injectable()
export class GuestsService {
  constructor(
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(meetingId: string): Promise<GuestResponse[]> {
    await this.repos.meetings.assertExists(meetingId);
    return (await this.repos.guests.ofMeeting(meetingId)).map(toGuestResponse);
  }

  invite(actorId: string, meetingId: string, dto: CreateGuestDto): Promise<GuestResponse> {
    return this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      const { meeting } = await repos.meetings.lockWithBody(meetingId);
      assertMeetingAllows(meeting.status, 'recordGuests');
      const itemIds = dto.agendaItemIds ?? [];
      const items = await repos.agenda.itemsAmong(meetingId, itemIds);
      const unknown = itemIds.filter((id) => !items.some((i) => i.id === id));
      if (unknown.length > 0) {
        throw new RuleViolationError('guest.items_not_on_agenda', { items: unknown.join(', ') }, ['agendaItemIds']);
      }
      const guest = await repos.guests.create({
        meetingId,
        fullName: dto.fullName,
        organisation: dto.organisation ?? null,
        agendaItemIds: itemIds,
      });
      audit({ action: 'guest.invite', entityType: 'meeting_guest', entityId: guest.id, after: stateOf(guest) });
      return toGuestResponse(guest);
    });
  }

  async remove(actorId: string, guestId: string): Promise<void> {
    await this.unitOfWork.run(actorId, async ({ repos, audit }) => {
      const guest = await repos.guests.get(guestId);
      const { meeting } = await repos.meetings.lockWithBody(guest.meetingId);
      assertMeetingAllows(meeting.status, 'recordGuests');
      await repos.guests.remove(guestId);
      audit({ action: 'guest.remove', entityType: 'meeting_guest', entityId: guestId, before: stateOf(guest) });
    });
  }
}
