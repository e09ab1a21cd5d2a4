import { AgendaItemSnapshot, isSameAgenda } from './agenda';
import { ConflictError, RuleViolationError, ValidationError } from './errors';

/**
 * The number of the next published version of an agenda: the first needs an item, each later one a
 * change since the last and a note saying what changed.
 */
export function nextAgendaVersion(
  previous: { number: number; items: readonly AgendaItemSnapshot[] } | null,
  items: readonly AgendaItemSnapshot[],
  changeNote: string | null,
): number {
  if (!previous) {
    if (items.length === 0) {
      throw new RuleViolationError('agenda.empty', {}, ['items']);
    }
    return 1;
  }
  if (isSameAgenda(previous.items, items)) {
    throw new ConflictError('agenda.unchanged', { version: previous.number });
  }
  if (!changeNote) {
    throw new ValidationError('agenda.change_note_required', { version: previous.number + 1 }, ['changeNote']);
  }
  return previous.number + 1;
}

/** Whether the working agenda differs from what was last published (or has items never published). */
export function hasUnpublishedChanges(
  latest: { items: readonly AgendaItemSnapshot[] } | null,
  items: readonly AgendaItemSnapshot[],
): boolean {
  return latest ? !isSameAgenda(latest.items, items) : items.length > 0;
}
