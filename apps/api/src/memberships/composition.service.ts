import { Injectable } from '@nestjs/common';
import { Clock, Repositories } from '@quorum/db';
import { CALENDAR_TIME_ZONE, compositionOn, IsoDate, isoDateIn } from '@quorum/domain';
import { CompositionResponse, toCompositionResponse } from './dto/composition.response';

@Injectable()
export class CompositionService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  /**
   * Who sits on the body on `date` (today, on Quorum's calendar, by default). Only the mandates of
   * the people sitting then are loaded: their other terms are all the renewal rules look at.
   */
  async compositionOn(bodyId: string, date?: IsoDate): Promise<CompositionResponse> {
    const body = await this.repos.bodies.get(bodyId);
    const day = date ?? isoDateIn(this.clock.now(), CALENDAR_TIME_ZONE);
    const mandates = await this.repos.memberships.heldBySittingOn(bodyId, day);
    const people = mandates.map((m) => m.person!);
    return toCompositionResponse(bodyId, compositionOn(day, body, mandates, people));
  }
}
