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
      throw new RuleViolationError('An agenda needs at least one item to be published', [
        { field: 'items', message: 'is empty' },
      ]);
    }
    return 1;
  }
  if (isSameAgenda(previous.items, items)) {
    throw new ConflictError(`Nothing changed since version ${previous.number}; there is nothing to publish`);
  }
  if (!changeNote) {
    throw new ValidationError(`Version ${previous.number + 1} changes a published agenda: say what changed`, [
      { field: 'changeNote', message: 'is required after the first version' },
    ]);
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
