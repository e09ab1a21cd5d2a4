/**
 * Notifications: what Quorum tells people by e-mail, and how it reaches them. No database, no queue:
 * the worker loads the data, then calls these two steps.
 *
 *   const message = composeMessage(notification, recipient, { publicUrl, organizer });
 *   const mailer = createMailer(config.mail);   // once per process; mailer.close() at shutdown
 *   await mailer.send({ to: recipient, message, idempotencyKey: `${eventId}:${recipientId}` });
 *
 * - `Notification` is a tagged union of plain JSON data (dates as ISO strings): convocation,
 *   meeting_moved, meeting_cancelled, agenda_republished, meeting_reminder, proxy_given,
 *   proxy_withdrawn, minutes_awaiting_review, minutes_published, recommendation_answered,
 *   mandates_ending. It can travel as an outbox row or a job payload unchanged.
 * - `composeMessage` writes subject, plain text and accessible HTML in the recipient's language
 *   (`fr` unless `recipient.language` is `en`), dates in the body's time zone, and, for a
 *   convocation, a change or a cancellation, an iCalendar invitation (METHOD:REQUEST or
 *   METHOD:CANCEL) whose UID (`meetingUid` from @quorum/domain) and SEQUENCE are the feed's.
 * - `createMailer` sends over SMTP (`SMTP_URL`), or without it writes `<DATA_DIR>/outbox/<token>.eml`
 *   and returns its path. The Message-ID derives from the idempotency key, and the `.eml` file is
 *   written once per key. A failure is a `TemporaryDeliveryError` (SMTP 4xx, connection refused or
 *   timed out: retry with backoff) or a `PermanentDeliveryError` (5xx: record it, do not retry).
 */
export * from './notification';
export { composeMessage, type ComposeOptions, type ComposedMessage } from './compose';
export { type CalendarInvitation, type CalendarMethod } from './invitation';
export { createMailer, type Delivery, type Mailer, type MailerConfig, type OutgoingMail } from './mailer';
export {
  classifyDeliveryFailure,
  DeliveryError,
  PermanentDeliveryError,
  TemporaryDeliveryError,
} from './delivery-errors';
export { messageIdFor } from './message-id';
