import { Injectable } from '@nestjs/common';
import { Clock, MeetingEntity, BodyEntity, Repositories } from '@quorum/db';
import { diffAgendas, isoDateIn, type IsoDate } from '@quorum/domain';
import type { Notification, RecommendationAnswer } from '@quorum/notifications';
import { notificationEventKey, NotificationEventPayload } from '@quorum/queue';
import { meetingInfoOf } from './meeting-notifications';

/** Someone a message is for: a person (their login's preferences apply) or a login of the secretariat. */
export interface Addressee {
  /** Names the recipient in the idempotency key: the person's id, or `user-<id>` for a login without one. */
  key: string;
  personId: string | null;
  name: string;
  email: string;
  /** Known already (a login); otherwise read from the person's login. */
  preferences?: { language: 'fr' | 'en'; optOutNonEssential: boolean };
}

/** One event, ready to be written as one notification row per addressee. */
export interface EventFanOut {
  eventKey: string;
  notification: Notification;
  meetingId: string | null;
  addressees: Addressee[];
}

/**
 * What each event other than a meeting's own says, and to whom, read from the database as it stands
 * when the worker takes the job up. `null`: the event no longer calls for a message.
 */
@Injectable()
export class EventNotifications {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  async of(payload: NotificationEventPayload): Promise<EventFanOut | null> {
    const eventKey = notificationEventKey(payload);
    switch (payload.event) {
      case 'agenda_republished': {
        const { meeting, body } = await this.repos.meetings.withBody(payload.meetingId);
        if (meeting.status !== 'convened') return null;
        const [before, after] = await Promise.all([
          this.repos.agenda.version(meeting.id, payload.version - 1),
          this.repos.agenda.version(meeting.id, payload.version),
        ]);
        const diff = diffAgendas(before.items, after.items);
        const notification: Notification = {
          kind: 'agenda_republished',
          meeting: meetingInfoOf(meeting, body),
          version: payload.version,
          changeNote: after.changeNote ?? '',
          added: diff.added.map((i) => i.title),
          removed: diff.removed.map((i) => i.title),
          changed: [...new Set([...diff.changed, ...diff.moved].map((i) => i.title))],
        };
        return {
          eventKey,
          notification,
          meetingId: meeting.id,
          addressees: await this.membersOn(body, meetingDay(meeting, body)),
        };
      }
      case 'proxy_given':
      case 'proxy_withdrawn': {
        const { meeting, body } = await this.repos.meetings.withBody(payload.meetingId);
        const [giver, holder] = await Promise.all([
          this.personOf(payload.giverMembershipId),
          this.personOf(payload.holderMembershipId),
        ]);
        if (!holder?.email) return null;
        const notification: Notification = {
          kind: payload.event,
          meeting: meetingInfoOf(meeting, body),
          giver: giver?.fullName ?? '',
        };
        const addressee = { key: holder.id, personId: holder.id, name: holder.fullName, email: holder.email };
        return { eventKey, notification, meetingId: meeting.id, addressees: [addressee] };
      }
      case 'minutes_awaiting_review':
      case 'minutes_published': {
        const version = await this.repos.minutes.byId(payload.minutesVersionId);
        if (!version) return null;
        const { meeting, body } = await this.repos.meetings.withBody(version.meetingId);
        const info = meetingInfoOf(meeting, body);
        const notification: Notification =
          payload.event === 'minutes_awaiting_review'
            ? { kind: payload.event, meeting: info, version: version.number }
            : {
                kind: payload.event,
                meeting: info,
                version: version.number,
                approvedOn: isoDateIn(new Date(version.approval?.meetingStartsAt ?? this.clock.now()), info.timeZone),
              };
        return {
          eventKey,
          notification,
          meetingId: meeting.id,
          addressees: await this.membersOn(body, this.today(body)),
        };
      }
      case 'recommendation_answered': {
        const recommendation = await this.repos.recommendations.get(payload.recommendationId);
        const step = (await this.repos.recommendations.history(recommendation.id)).find((s) => s.id === payload.stepId);
        if (!step || step.status === 'adopted' || step.status === 'transmitted') return null;
        const body = await this.repos.bodies.get(recommendation.bodyId);
        const notification: Notification = {
          kind: 'recommendation_answered',
          bodyName: body.name,
          recommendation: { id: recommendation.id, title: recommendation.title },
          status: step.status as RecommendationAnswer,
          response: step.text,
          owner: step.owner,
          dueDate: step.dueDate,
        };
        const addressees = await this.membersOn(body, this.today(body));
        return { eventKey, notification, meetingId: recommendation.meetingId, addressees };
      }
    }
  }

  /** The members sitting on the body that day who have an e-mail address. */
  private async membersOn(body: BodyEntity, day: IsoDate): Promise<Addressee[]> {
    const mandates = await this.repos.memberships.list(body.id, day);
    return mandates
      .filter((m) => m.person?.email)
      .map((m) => ({ key: m.personId, personId: m.personId, name: m.person!.fullName, email: m.person!.email! }));
  }

  private async personOf(membershipId: string) {
    const membership = await this.repos.memberships.get(membershipId);
    return this.repos.people.find(membership.personId);
  }

  private today(body: BodyEntity): IsoDate {
    return isoDateIn(this.clock.now(), body.meetingSlot.timeZone);
  }
}

function meetingDay(meeting: MeetingEntity, body: BodyEntity): IsoDate {
  return isoDateIn(meeting.startsAt, body.meetingSlot.timeZone);
}
