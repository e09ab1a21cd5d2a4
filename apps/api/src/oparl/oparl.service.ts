import { Injectable } from '@nestjs/common';
import { Repositories } from '@quorum/db';
import {
  oparlBody,
  OparlObject,
  oparlMeeting,
  oparlMembership,
  oparlOrganization,
  oparlPaper,
  oparlPerson,
  oparlSystem,
} from './oparl-objects';

/** The public lists, one per object type of a body. */
export const OPARL_LISTS = ['organizations', 'people', 'memberships', 'meetings', 'papers'] as const;
export type OparlList = (typeof OPARL_LISTS)[number];

/** Reads only what is public and shapes it after OParl 1.1 (see oparl-objects.ts). */
@Injectable()
export class OparlService {
  constructor(private readonly repos: Repositories) {}

  system(base: string): OparlObject {
    return oparlSystem(base);
  }

  async bodies(base: string): Promise<OparlObject[]> {
    return (await this.repos.bodies.list()).map((b) => oparlBody(base, b));
  }

  async body(base: string, bodyId: string): Promise<OparlObject> {
    return oparlBody(base, await this.repos.bodies.get(bodyId));
  }

  async list(base: string, bodyId: string, list: OparlList): Promise<OparlObject[]> {
    const body = await this.repos.bodies.get(bodyId);
    switch (list) {
      case 'organizations':
        return [oparlOrganization(base, body, await this.repos.memberships.ofBody(bodyId))];
      case 'people': {
        const seen = new Set<string>();
        return (await this.repos.memberships.ofBodyWithPeople(bodyId))
          .filter((m) => !seen.has(m.personId) && seen.add(m.personId))
          .map((m) => oparlPerson(base, bodyId, m));
      }
      case 'memberships':
        return (await this.repos.memberships.ofBody(bodyId)).map((m) => oparlMembership(base, bodyId, m));
      case 'meetings': {
        const meetings = await this.repos.meetings.ofBody(bodyId);
        return Promise.all(
          meetings.map(async (m) => oparlMeeting(base, m, await this.repos.agenda.latestVersion(m.id))),
        );
      }
      case 'papers':
        return (await this.repos.recommendations.ofBody(bodyId)).map((r) => oparlPaper(base, r));
    }
  }
}
