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

  /** Who sits on the body on `date` (today, on Quorum's calendar, by default); past mandates count towards renewals. */
  async compositionOn(bodyId: string, date?: IsoDate): Promise<CompositionResponse> {
    const body = await this.repos.bodies.get(bodyId);
    const mandates = await this.repos.memberships.ofBodyWithPeople(bodyId);
    const people = mandates.map((m) => m.person!);
    const day = date ?? isoDateIn(this.clock.now(), CALENDAR_TIME_ZONE);
    return toCompositionResponse(bodyId, compositionOn(day, body, mandates, people));
  }
}
