import { ConflictError } from './errors';
import {
  assertMeetingAllows,
  InvalidTransitionError,
  MEETING_ACTIONS,
  MEETING_STATES,
  MeetingAction,
  MeetingState,
  nextMeetingState,
  statesAllowing,
} from './meeting-state';

describe('the meeting state machine', () => {
  it.each<[MeetingState, MeetingAction, MeetingState]>([
    ['planned', 'convene', 'convened'],
    ['convened', 'open', 'in_progress'],
    ['in_progress', 'close', 'closed'],
    ['planned', 'cancel', 'cancelled'],
    ['convened', 'cancel', 'cancelled'],
  ])('moves a %s meeting by %s to %s', (from, action, to) => {
    expect(nextMeetingState(from, action)).toBe(to);
  });

  const refused = MEETING_STATES.flatMap((state) =>
    MEETING_ACTIONS.filter((action) => !statesAllowing(action).includes(state)).map((action) => [state, action]),
  ) as [MeetingState, MeetingAction][];

  it.each(refused)('refuses to %s → %s with a conflict naming the states that allow it', (state, action) => {
    const attempt = () => nextMeetingState(state, action);
    expect(attempt).toThrow(InvalidTransitionError);
    expect(attempt).toThrow(ConflictError);
    expect(attempt).toThrow(`allowed only when it is ${statesAllowing(action).join(' or ')}`);
  });

  it('never leaves a closed or cancelled meeting', () => {
    for (const action of MEETING_ACTIONS) {
      expect(() => nextMeetingState('closed', action)).toThrow(InvalidTransitionError);
      expect(() => nextMeetingState('cancelled', action)).toThrow(InvalidTransitionError);
    }
  });

  it('lets the agenda change until the meeting opens, and attendance be recorded until it closes', () => {
    expect(() => assertMeetingAllows('convened', 'editAgenda')).not.toThrow();
    expect(() => assertMeetingAllows('in_progress', 'editAgenda')).toThrow(
      'Cannot change the agenda of a meeting that is in_progress: allowed only when it is planned or convened',
    );
    expect(() => assertMeetingAllows('in_progress', 'recordAttendance')).not.toThrow();
    expect(() => assertMeetingAllows('closed', 'recordAttendance')).toThrow(InvalidTransitionError);
  });
});
