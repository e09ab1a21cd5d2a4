import { type MessageContent } from './content';
import { pageLinks } from './format';
import { type CalendarInvitation, meetingInvitation } from './invitation';
import { renderHtml, renderText } from './layout';
import { agendaRepublishedContent } from './messages/agenda';
import { mandatesEndingContent } from './messages/mandates';
import {
  convocationContent,
  meetingCancelledContent,
  meetingMovedContent,
  meetingReminderContent,
} from './messages/meeting';
import { minutesAwaitingReviewContent, minutesPublishedContent } from './messages/minutes';
import { proxyChangedContent } from './messages/proxy';
import { recommendationAnsweredContent } from './messages/recommendation';
import { messageContext, type MessageContext } from './messages/shared';
import type { Language, Mailbox, Notification, Recipient } from './notification';

export interface ComposeOptions {
  /** Base URL of the web application, for the link to the page concerned (config `PUBLIC_URL`). */
  publicUrl: string;
  /** Who sends the invitations (config `SMTP_FROM`): the ORGANIZER of the iCalendar event. */
  organizer: Mailbox;
}

/** A message ready to send: subject, plain text and HTML in the recipient's language. */
export interface ComposedMessage {
  language: Language;
  subject: string;
  text: string;
  html: string;
  /** The iCalendar invitation sent along a convocation, a change or a cancellation. */
  calendar: CalendarInvitation | null;
}

function contentOf(notification: Notification, ctx: MessageContext): MessageContent {
  switch (notification.kind) {
    case 'convocation':
      return convocationContent(notification, ctx);
    case 'meeting_moved':
      return meetingMovedContent(notification, ctx);
    case 'meeting_cancelled':
      return meetingCancelledContent(notification, ctx);
    case 'agenda_republished':
      return agendaRepublishedContent(notification, ctx);
    case 'meeting_reminder':
      return meetingReminderContent(notification, ctx);
    case 'proxy_given':
    case 'proxy_withdrawn':
      return proxyChangedContent(notification, ctx);
    case 'minutes_awaiting_review':
      return minutesAwaitingReviewContent(notification, ctx);
    case 'minutes_published':
      return minutesPublishedContent(notification, ctx);
    case 'recommendation_answered':
      return recommendationAnsweredContent(notification, ctx);
    case 'mandates_ending':
      return mandatesEndingContent(notification, ctx);
  }
}

function invitationOf(notification: Notification, recipient: Recipient, options: ComposeOptions, ctx: MessageContext) {
  const people = { organizer: options.organizer, attendee: recipient };
  switch (notification.kind) {
    case 'convocation':
    case 'meeting_moved':
      return meetingInvitation(notification.meeting, 'REQUEST', people, ctx.links, ctx.language);
    case 'meeting_cancelled':
      return meetingInvitation(notification.meeting, 'CANCEL', people, ctx.links, ctx.language);
    default:
      return null;
  }
}

/** Composes one notification for one recipient, in their language (French unless they chose English). */
export function composeMessage(
  notification: Notification,
  recipient: Recipient,
  options: ComposeOptions,
): ComposedMessage {
  const ctx = messageContext(recipient, pageLinks(options.publicUrl));
  const content = contentOf(notification, ctx);
  // A subject is one header line: user-typed titles must not fold it.
  const subject = content.subject.replace(/\s+/g, ' ').trim();
  return {
    language: ctx.language,
    subject,
    text: renderText(content),
    html: renderHtml({ ...content, subject }),
    calendar: invitationOf(notification, recipient, options, ctx),
  };
}
