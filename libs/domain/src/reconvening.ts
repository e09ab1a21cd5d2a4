import { ConflictError, RuleViolationError } from './errors';
import type { MeetingState } from './meeting-state';

/** What a reconvened meeting says of its quorum, wherever it is shown. */
export const NO_QUORUM_NOTE =
  'Reconvened on the same agenda after a meeting without quorum: this meeting deliberates with no quorum required (décret 2006-672).';

export interface ReconvenableMeeting {
  status: MeetingState;
  startsAt: Date;
  quorumAtClose: { met: boolean } | null;
}

/**
 * A meeting closed without quorum may be convened again, once, on the same agenda, at a later time;
 * the new meeting needs no quorum (décret 2006-672). Throws the reason when it may not.
 */
export function assertMayReconvene(
  meeting: ReconvenableMeeting,
  alreadyReconvenedAs: { id: string } | null,
  startsAt: Date,
): void {
  if (meeting.status !== 'closed' || !meeting.quorumAtClose) {
    throw new ConflictError(`Only a closed meeting can be reconvened; this one is ${meeting.status}`, [
      { field: 'status', message: `is ${meeting.status}; reconvening needs closed` },
    ]);
  }
  if (meeting.quorumAtClose.met) {
    throw new ConflictError('This meeting had its quorum; there is nothing to reconvene', [
      { field: 'quorumAtClose', message: 'was met' },
    ]);
  }
  if (alreadyReconvenedAs) {
    throw new ConflictError(`This meeting was already reconvened as meeting ${alreadyReconvenedAs.id}`, [
      { field: 'meetingId', message: 'is already reconvened' },
    ]);
  }
  if (startsAt <= meeting.startsAt) {
    throw new RuleViolationError('A reconvened meeting takes place after the one that lacked quorum', [
      { field: 'startsAt', message: 'must be after the original meeting' },
    ]);
  }
}
