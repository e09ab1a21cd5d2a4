import { AgendaItemSnapshot, diffAgendas, isSameAgenda } from './agenda';

const item = (id: string, position: number, extra: Partial<AgendaItemSnapshot> = {}): AgendaItemSnapshot => ({
  id,
  position,
  title: `Item ${id}`,
  kind: 'discussion',
  description: null,
  presenter: null,
  durationMinutes: 20,
  proposalId: null,
  documents: [],
  ...extra,
});

describe('agenda diff', () => {
  const v1 = [item('a', 1), item('b', 2), item('c', 3)];

  it('finds nothing between identical versions', () => {
    expect(
      isSameAgenda(
        v1,
        v1.map((i) => ({ ...i })),
      ),
    ).toBe(true);
  });

  it('lists an added, a removed and an edited item without calling shifted items moved', () => {
    const v2 = [item('x', 1), item('a', 2), item('c', 3, { kind: 'decision', documents: [doc] })];
    const diff = diffAgendas(v1, v2);
    expect(diff.added.map((i) => i.id)).toEqual(['x']);
    expect(diff.removed.map((i) => i.id)).toEqual(['b']);
    expect(diff.changed).toEqual([
      {
        id: 'c',
        title: 'Item c',
        changes: [
          { field: 'kind', from: 'discussion', to: 'decision' },
          { field: 'documents', from: [], to: [doc] },
        ],
      },
    ]);
    expect(diff.moved).toEqual([]);
  });

  it('names only the item that was moved, not those it jumped over', () => {
    const v2 = [item('c', 1), item('a', 2), item('b', 3)];
    expect(diffAgendas(v1, v2).moved).toEqual([{ id: 'c', title: 'Item c', fromPosition: 3, toPosition: 1 }]);
  });

  it('calls moved, of two swapped items, the one that travelled further', () => {
    const v2 = [item('c', 1), item('b', 2), item('x', 3)];
    expect(diffAgendas(v1, v2).moved).toEqual([{ id: 'c', title: 'Item c', fromPosition: 3, toPosition: 1 }]);
  });
});

const doc = { name: 'note.pdf', type: 'application/pdf', size: 1200, sha256: 'a'.repeat(64) };
