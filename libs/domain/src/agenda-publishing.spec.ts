import { AgendaItemSnapshot } from './agenda';
import { hasUnpublishedChanges, nextAgendaVersion } from './agenda-publishing';
import { ConflictError, RuleViolationError, ValidationError } from './errors';

const item = (id: string, title = `Item ${id}`): AgendaItemSnapshot => ({
  id,
  position: 1,
  title,
  kind: 'discussion',
  description: null,
  presenter: null,
  durationMinutes: null,
  proposalId: null,
  documents: [],
});

describe('nextAgendaVersion', () => {
  it('numbers the first version 1, without a note', () => {
    expect(nextAgendaVersion(null, [item('a')], null)).toBe(1);
  });

  it('numbers a changed agenda with a note after the last version', () => {
    expect(nextAgendaVersion({ number: 2, items: [item('a')] }, [item('a', 'Renamed')], 'Renamed a')).toBe(3);
  });

  it.each([
    ['an empty first version', null, [], null, RuleViolationError],
    ['an unchanged agenda', { number: 1, items: [item('a')] }, [item('a')], 'note', ConflictError],
    ['a change without a note', { number: 1, items: [item('a')] }, [item('b')], null, ValidationError],
  ])('refuses %s', (_case, previous, items, note, error) => {
    expect(() => nextAgendaVersion(previous, items, note)).toThrow(error);
  });
});

describe('hasUnpublishedChanges', () => {
  it.each([
    ['nothing published, no items', null, [], false],
    ['nothing published, items', null, [item('a')], true],
    ['published and unchanged', { items: [item('a')] }, [item('a')], false],
    ['published then changed', { items: [item('a')] }, [item('a', 'x')], true],
  ])('%s → %s', (_case, latest, items, expected) => {
    expect(hasUnpublishedChanges(latest, items)).toBe(expected);
  });
});
