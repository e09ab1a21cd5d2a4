import { termOf } from './i18n/translate';
import { ConflictError } from './errors';

/** The states of a meeting (DESIGN.md, Meeting). */
export const MEETING_STATES = ['planned', 'convened', 'in_progress', 'closed', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** What the secretariat does to a meeting: each action moves it from some states to one. */
export const MEETING_ACTIONS = ['convene', 'open', 'close', 'cancel'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

const TRANSITIONS: Record<MeetingAction, { from: readonly MeetingState[]; to: MeetingState }> = {
  convene: { from: ['planned'], to: 'convened' },
  open: { from: ['convened'], to: 'in_progress' },
  close: { from: ['in_progress'], to: 'closed' },
  cancel: { from: ['planned', 'convened'], to: 'cancelled' },
};

/**
 * What else a meeting allows in each state, besides its transitions: the agenda and the meeting's
 * date and place change until it opens; attendance is recorded until it closes.
 */
export const MEETING_ACTIVITIES = {
  edit: ['planned', 'convened'],
  editAgenda: ['planned', 'convened'],
  requestAgendaItem: ['planned', 'convened'],
  recordAttendance: ['planned', 'convened', 'in_progress'],
  declareOwnAttendance: ['planned', 'convened'],
  recordGuests: ['planned', 'convened', 'in_progress'],
} as const satisfies Record<string, readonly MeetingState[]>;
export type MeetingActivity = keyof typeof MEETING_ACTIVITIES;

/** A transition or an activity that the meeting's state does not allow: 409, naming the states that would. */
export class InvalidTransitionError extends ConflictError {
  constructor(
    readonly what: string,
    readonly current: MeetingState,
    readonly allowedFrom: readonly MeetingState[],
  ) {
    super(
      'meeting.invalid_transition',
      {
        action: termOf('meeting_action', what),
        status: termOf('meeting_status', current),
        allowed: { anyOf: allowedFrom.map((state) => termOf('meeting_status', state)) },
      },
      ['status'],
    );
  }
}

/** The states from which an action may be taken. */
export function statesAllowing(action: MeetingAction): readonly MeetingState[] {
  return TRANSITIONS[action].from;
}

/** The state a meeting reaches by an action, or an InvalidTransitionError naming the states that allow it. */
export function nextMeetingState(current: MeetingState, action: MeetingAction): MeetingState {
  const { from, to } = TRANSITIONS[action];
  if (!from.includes(current)) throw new InvalidTransitionError(action, current, from);
  return to;
}

/** Throws unless the meeting's state allows the activity (editing the agenda, recording attendance...). */
export function assertMeetingAllows(current: MeetingState, activity: MeetingActivity): void {
  const allowed: readonly MeetingState[] = MEETING_ACTIVITIES[activity];
  if (!allowed.includes(current)) throw new InvalidTransitionError(activity, current, allowed);
}
