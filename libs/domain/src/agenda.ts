/** The kinds of agenda item (DESIGN.md, Agenda). */
export const AGENDA_ITEM_KINDS = ['information', 'discussion', 'decision'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/**
 * A document on an item. With `documentId` it is an uploaded meeting document (served by
 * `GET /documents/:documentId`, its metadata copied from it); without, only declared.
 */
export interface AgendaDocument {
  documentId?: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
}

/** An agenda item as a published version freezes it. */
export interface AgendaItemSnapshot {
  id: string;
  position: number;
  title: string;
  kind: AgendaItemKind;
  description: string | null;
  presenter: string | null;
  durationMinutes: number | null;
  proposalId: string | null;
  documents: AgendaDocument[];
}

/** The fields whose change a diff reports (position is reported as a move). */
export const COMPARED_FIELDS = [
  'title',
  'kind',
  'description',
  'presenter',
  'durationMinutes',
  'proposalId',
  'documents',
] as const satisfies readonly (keyof AgendaItemSnapshot)[];

export interface AgendaDiff {
  added: AgendaItemSnapshot[];
  removed: AgendaItemSnapshot[];
  changed: { id: string; title: string; changes: { field: string; from: unknown; to: unknown }[] }[];
  /** Items whose order relative to the others changed (not those merely shifted by an insertion). */
  moved: { id: string; title: string; fromPosition: number; toPosition: number }[];
}

const byPosition = (items: readonly AgendaItemSnapshot[]) => [...items].sort((a, b) => a.position - b.position);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Ids of the longest common subsequence of two orders: the items that kept their relative order.
 * Where two answers are as long, the item that travelled further is the one called moved.
 */
function keptInOrder(from: readonly string[], to: readonly string[], travel: (id: string) => number): Set<string> {
  const lengths = from.map(() => to.map(() => 0));
  const at = (i: number, j: number) => (i < from.length && j < to.length ? lengths[i][j] : 0);
  for (let i = from.length - 1; i >= 0; i--) {
    for (let j = to.length - 1; j >= 0; j--) {
      lengths[i][j] = from[i] === to[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < from.length && j < to.length;) {
    if (from[i] === to[j]) {
      kept.add(from[i]);
      i++;
      j++;
    } else if (at(i + 1, j) > at(i, j + 1)) i++;
    else if (at(i + 1, j) < at(i, j + 1)) j++;
    else if (travel(from[i]) >= travel(to[j])) i++;
    else j++;
  }
  return kept;
}

/** What changed from one agenda version to another: items added, removed, edited and moved. */
export function diffAgendas(from: readonly AgendaItemSnapshot[], to: readonly AgendaItemSnapshot[]): AgendaDiff {
  const before = new Map(from.map((i) => [i.id, i]));
  const after = new Map(to.map((i) => [i.id, i]));
  const common = (items: readonly AgendaItemSnapshot[], other: Map<string, AgendaItemSnapshot>) =>
    byPosition(items)
      .filter((i) => other.has(i.id))
      .map((i) => i.id);
  const travel = (id: string) => Math.abs((before.get(id)?.position ?? 0) - (after.get(id)?.position ?? 0));
  const kept = keptInOrder(common(from, after), common(to, before), travel);
  const diff: AgendaDiff = {
    added: byPosition(to.filter((i) => !before.has(i.id))),
    removed: byPosition(from.filter((i) => !after.has(i.id))),
    changed: [],
    moved: [],
  };
  for (const item of byPosition(to)) {
    const old = before.get(item.id);
    if (!old) continue;
    const changes = COMPARED_FIELDS.filter((f) => !same(old[f], item[f])).map((field) => ({
      field,
      from: old[field],
      to: item[field],
    }));
    if (changes.length > 0) diff.changed.push({ id: item.id, title: item.title, changes });
    if (!kept.has(item.id)) {
      diff.moved.push({ id: item.id, title: item.title, fromPosition: old.position, toPosition: item.position });
    }
  }
  return diff;
}

/** True when two agenda versions hold the same items in the same order. */
export function isSameAgenda(a: readonly AgendaItemSnapshot[], b: readonly AgendaItemSnapshot[]): boolean {
  const diff = diffAgendas(a, b);
  return !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.moved.length;
}
