import { ConflictError, RuleViolationError } from './errors';
import { assertMayReconvene, ReconvenableMeeting } from './reconvening';

const startsAt = new Date('2027-03-11T13:00:00Z');
const later = new Date('2027-03-25T13:00:00Z');
const closedWithoutQuorum: ReconvenableMeeting = { status: 'closed', startsAt, quorumAtClose: { met: false } };

describe('assertMayReconvene', () => {
  it('lets a meeting closed without quorum be reconvened later', () => {
    expect(() => assertMayReconvene(closedWithoutQuorum, null, later)).not.toThrow();
  });

  it.each([
    ['a meeting not closed', { ...closedWithoutQuorum, status: 'in_progress' as const }, null, later, ConflictError],
    [
      'a meeting that had its quorum',
      { ...closedWithoutQuorum, quorumAtClose: { met: true } },
      null,
      later,
      ConflictError,
    ],
    ['a meeting already reconvened', closedWithoutQuorum, { id: 'm2' }, later, ConflictError],
    ['a date not after the original', closedWithoutQuorum, null, startsAt, RuleViolationError],
  ])('refuses %s', (_case, meeting, already, at, error) => {
    expect(() => assertMayReconvene(meeting, already, at)).toThrow(error);
  });
});
