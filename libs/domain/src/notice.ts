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
    throw new ValidationError('An urgent convocation must give its reason', [
      { field: 'reason', message: 'is required when urgent is true' },
    ]);
  }
  if (!request.urgent && reason.length > 0) {
    throw new ValidationError('A reason is only given for an urgent convocation', [
      { field: 'reason', message: 'is only accepted with urgent: true' },
    ]);
  }
  const noticeGiven = daysBetween(request.conveningDate, request.meetingDate);
  if (noticeGiven < 0) {
    throw new RuleViolationError('The meeting has already taken place; it cannot be convened', [
      { field: 'startsAt', message: 'is in the past' },
    ]);
  }
  if (request.urgent) return { noticeGiven, urgentReason: reason };
  if (noticeGiven < request.noticeDays) {
    throw new RuleViolationError(
      `The meeting is ${noticeGiven} day(s) away but the body requires ${request.noticeDays} days' notice; ` +
        'move the meeting or convene it as urgent with a reason',
      [{ field: 'startsAt', message: `is ${noticeGiven} day(s) away; ${request.noticeDays} days' notice are needed` }],
    );
  }
  return { noticeGiven, urgentReason: null };
}
