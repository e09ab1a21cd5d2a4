/** Columns kept for bookkeeping and relations loaded alongside: not part of what a change changed. */
const NOT_STATE = new Set(['createdAt', 'updatedAt', 'person', 'body', 'meeting']);

/**
 * What the audit log keeps of a row: its state as plain data (the domain's view), without bookkeeping
 * columns or loaded relations, and never shaped like an HTTP response.
 */
export function stateOf<T extends object>(row: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !NOT_STATE.has(key)));
}
