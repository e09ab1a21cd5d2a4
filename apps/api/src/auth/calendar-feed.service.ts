import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { Repositories, UnitOfWork, UserEntity } from '@quorum/db';
import { NotFoundError, Role } from '@quorum/domain';
import { randomBytes } from 'node:crypto';
import { meetingsCalendar } from '../common/icalendar';
import { AuthenticatedUser } from './authenticated-user';
import { CalendarFeedResponse } from './dto/calendar-feed.dto';

/** 64 hex digits as the database draws them, or 32 random bytes in base64url after a rotation; anything else costs no query. */
const FEED_TOKEN = /^(?:[0-9a-f]{64}|[A-Za-z0-9_-]{43})$/;

/** Roles whose feed holds the meetings of every body; others see the bodies of their mandates. */
const ALL_BODIES: readonly Role[] = ['admin', 'secretariat', 'direction'];

/**
 * Each user's calendar feed: a secret URL that calendar applications can subscribe to without a
 * bearer token. The secret is the only credential, so it is long, random, and replaced on demand.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repos: Repositories,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * The caller's feed URL (the database drew its secret when the login was created), at `PUBLIC_URL`:
   * never built from the request's Host, which a client chooses.
   */
  async links(caller: AuthenticatedUser): Promise<CalendarFeedResponse> {
    return feedLinks(this.config.mail.publicUrl, (await this.repos.users.get(caller.id)).calendarFeedToken);
  }

  /** Replaces the secret: the previous URL stops working at once. */
  rotate(caller: AuthenticatedUser): Promise<CalendarFeedResponse> {
    return this.unitOfWork.run(caller.id, async ({ repos, audit }) => {
      const user = await repos.users.lock(caller.id);
      user.calendarFeedToken = randomBytes(32).toString('base64url');
      await repos.users.save(user);
      // The audit records that the feed changed, never its secret.
      audit({ action: 'user.calendar-feed.rotate', entityType: 'user', entityId: user.id });
      return feedLinks(this.config.mail.publicUrl, user.calendarFeedToken);
    });
  }

  /**
   * The feed behind a secret: the meetings of every body where the user's person holds, held or will
   * hold a mandate (of every body for staff and the direction). Unknown, replaced or disabled → 404.
   */
  async calendar(token: string, domain: string): Promise<string> {
    const user = FEED_TOKEN.test(token) ? await this.repos.users.findByCalendarFeedToken(token) : null;
    if (!user || user.disabledAt) throw new NotFoundError('calendar_feed.not_found');
    const meetings = await this.repos.users.meetingsOfBodies(await this.bodiesOf(user));
    // One feed may mix several bodies: each event says whose meeting it is.
    const events = meetings.map(({ meeting, bodyName }) => ({ ...meeting, title: `${bodyName} — ${meeting.title}` }));
    return meetingsCalendar(`Quorum — ${user.email}`, events, domain);
  }

  private async bodiesOf(user: UserEntity): Promise<string[] | 'all'> {
    if (ALL_BODIES.includes(user.role)) return 'all';
    if (!user.personId) return [];
    const mandates = await this.repos.users.mandatesOfPerson(user.personId);
    return [...new Set(mandates.map((m) => m.bodyId))];
  }
}

function feedLinks(baseUrl: string, token: string): CalendarFeedResponse {
  const url = `${baseUrl}/calendar/${token}.ics`;
  return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://') };
}
