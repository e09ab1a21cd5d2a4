import { ConflictError } from './errors';

/** A follow-up task decided in a meeting (DESIGN.md, Action). */
export const ACTION_STATES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionState = (typeof ACTION_STATES)[number];

const NEXT: Record<ActionState, readonly ActionState[]> = {
  open: ['in_progress', 'done', 'cancelled'],
  in_progress: ['open', 'done', 'cancelled'],
  // A task marked done by mistake may be reopened; a cancelled one is final.
  done: ['in_progress'],
  cancelled: [],
};

/** The status an action reaches, or a 409 naming the allowed ones. Staying in place is always allowed. */
export function nextActionState(current: ActionState, wanted: ActionState): ActionState {
  if (current === wanted) return wanted;
  if (!NEXT[current].includes(wanted)) {
    throw new ConflictError('action.invalid_transition', { status: current, wanted }, ['status']);
  }
  return wanted;
}

/** Overdue: a due date before `today` on an action still open or in progress. */
export function isActionOverdue(a: { status: ActionState; dueDate: string | null }, today: string): boolean {
  return a.dueDate !== null && a.dueDate < today && (a.status === 'open' || a.status === 'in_progress');
}
