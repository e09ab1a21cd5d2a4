import { termOf, translate } from './i18n/translate';
import { ConflictError, RuleViolationError } from './errors';
import type { Language } from './language';
import type { MeetingState } from './meeting-state';

/** What a reconvened meeting says of its quorum, wherever it is shown, in the reader's language; null for any other meeting. */
export function quorumNote(quorumRequired: boolean, language: Language): string | null {
  return quorumRequired ? null : translate('meeting.no_quorum_note', {}, language);
}

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
    throw new ConflictError('meeting.reconvene_not_closed', { status: termOf('meeting_status', meeting.status) }, [
      'status',
    ]);
  }
  if (meeting.quorumAtClose.met) {
    throw new ConflictError('meeting.reconvene_quorum_met', {}, ['quorumAtClose']);
  }
  if (alreadyReconvenedAs) {
    throw new ConflictError('meeting.already_reconvened_as', { id: alreadyReconvenedAs.id }, ['meetingId']);
  }
  if (startsAt <= meeting.startsAt) {
    throw new RuleViolationError('meeting.reconvene_not_after', {}, ['startsAt']);
  }
}
