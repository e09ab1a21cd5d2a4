import { Injectable } from '@nestjs/common';
import { PollEntity, RecommendationEntity, Repositories } from '@quorum/db';
import { NotFoundError } from '@quorum/domain';
import {
  oparlBody,
  oparlConsultation,
  oparlFile,
  OparlObject,
  oparlMeeting,
  oparlMembership,
  oparlOrganization,
  oparlPaper,
  oparlPerson,
  oparlSystem,
} from './oparl-objects';

/** The public lists, one per object type of a body; each object of a list is also served alone. */
export const OPARL_LISTS = [
  'organizations',
  'people',
  'memberships',
  'meetings',
  'agenda-items',
  'papers',
  'consultations',
  'files',
] as const;
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
      case 'meetings':
        return this.meetings(base, bodyId);
      case 'agenda-items':
        return (await this.meetings(base, bodyId)).flatMap((m) => m.agendaItem as OparlObject[]);
      case 'papers':
        return (await this.papers(base, bodyId)).map(({ paper }) => paper);
      case 'consultations':
        return (await this.papers(base, bodyId)).flatMap(({ consultation }) => (consultation ? [consultation] : []));
      case 'files':
        return (await this.repos.minutes.publicFilesOfBody(bodyId)).map((f) => oparlFile(base, bodyId, f));
    }
  }

  /** One object at its id URL: the list it belongs to, searched (a body's lists are short). */
  async object(base: string, bodyId: string, list: OparlList, objectId: string): Promise<OparlObject> {
    const id = `${base}/bodies/${bodyId}/${list}/${objectId}`;
    const found = (await this.list(base, bodyId, list)).find((o) => o.id === id);
    if (!found) throw new NotFoundError('oparl_object.not_found', objectId);
    return found;
  }

  private async meetings(base: string, bodyId: string): Promise<OparlObject[]> {
    const [meetings, recommendations, files] = await Promise.all([
      this.repos.meetings.ofBody(bodyId),
      this.repos.recommendations.ofBody(bodyId),
      this.repos.minutes.publicFilesOfBody(bodyId),
    ]);
    return Promise.all(
      meetings.map(async (m) => {
        const [agenda, polls] = await Promise.all([
          this.repos.agenda.latestVersion(m.id),
          this.repos.polls.ofMeeting(m.id),
        ]);
        return oparlMeeting(base, m, agenda, {
          polls: polls.filter((p) => p.status === 'closed'),
          recommendations: recommendations.filter((r) => r.meetingId === m.id),
          // A meeting has one approved version of its minutes at most.
          minutes: files.find((f) => f.meetingId === m.id),
        });
      }),
    );
  }

  /** Each recommendation as a paper, with the consultation (agenda item) where it was voted. */
  private async papers(base: string, bodyId: string) {
    const recommendations = await this.repos.recommendations.ofBody(bodyId);
    const polls = new Map<string, PollEntity>();
    for (const meetingId of new Set(recommendations.map((r) => r.meetingId).filter((id) => id !== null))) {
      for (const poll of await this.repos.polls.ofMeeting(meetingId)) polls.set(poll.id, poll);
    }
    return recommendations.map((r: RecommendationEntity) => {
      const consultation = oparlConsultation(base, r, r.pollId ? polls.get(r.pollId) : undefined);
      return { paper: oparlPaper(base, r, consultation), consultation };
    });
  }
}
