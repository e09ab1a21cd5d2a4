import { daysBetween } from './dates';
import { RuleViolationError, ValidationError } from './errors';

export interface ConvocationRequest {
  /** The day of convening, in the body's time zone (YYYY-MM-DD). */
  conveningDate: string;
  /** The day the meeting starts, in the body's time zone (YYYY-MM-DD). */
  meetingDate: string;
  /** The body's notice period, in days (décret 2006-672: 5). */
  noticeDays: number;
  urgent?: boolean;
  reason?: string | null;
}

/**
 * Checks a convocation against the notice period: the meeting must fall at least `noticeDays`
 * calendar days after the day of convening, unless the convocation is urgent and says why.
 * Returns the urgency reason to record (null when the notice is kept).
 */
export function checkNotice(request: ConvocationRequest): { noticeGiven: number; urgentReason: string | null } {
  const reason = request.reason?.trim() ?? '';
  if (request.urgent && reason.length === 0) {
    throw new ValidationError('convening.reason_required', {}, ['reason']);
  }
  if (!request.urgent && reason.length > 0) {
    throw new ValidationError('convening.reason_only_if_urgent', {}, ['reason']);
  }
  const noticeGiven = daysBetween(request.conveningDate, request.meetingDate);
  if (noticeGiven < 0) {
    throw new RuleViolationError('convening.meeting_past', {}, ['startsAt']);
  }
  if (request.urgent) return { noticeGiven, urgentReason: reason };
  if (noticeGiven < request.noticeDays) {
    throw new RuleViolationError('convening.notice_too_short', { given: noticeGiven, days: request.noticeDays }, [
      'startsAt',
    ]);
  }
  return { noticeGiven, urgentReason: null };
}
