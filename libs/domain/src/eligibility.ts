import { ConflictError, ForbiddenError } from './errors';
import type { PollMethod } from './poll';
import { ATTENDING, AttendanceRecord } from './quorum';

/** A member who may vote in a poll, and who casts their ballot. */
export interface EligibleVoter {
  membershipId: string;
  /** The attending member who casts this ballot for an excused one; null when the member casts it. */
  proxyHolderMembershipId: string | null;
}

export interface EligibilityInput {
  /** Mandates sitting on the meeting's date. */
  sittingIds: readonly string[];
  attendance: readonly AttendanceRecord[];
  /** Members recused on the poll's agenda item (conflict of interest): they take no part. */
  recusedIds: ReadonlySet<string>;
}

/**
 * Who may vote: sitting members present or remote, and excused ones whose proxy holder attends
 * (the holder casts their ballot), minus those recused on the item. A recused holder still casts the
 * ballot of the member they represent: the recusal is theirs, not the represented member's.
 */
export function eligibleVoters(input: EligibilityInput): EligibleVoter[] {
  const sitting = new Set(input.sittingIds);
  const records = new Map(input.attendance.filter((a) => sitting.has(a.membershipId)).map((a) => [a.membershipId, a]));
  const attends = (id: string | null) => id !== null && ATTENDING.includes(records.get(id)?.status ?? 'absent');
  const voters: EligibleVoter[] = [];
  for (const membershipId of input.sittingIds) {
    if (input.recusedIds.has(membershipId)) continue;
    const record = records.get(membershipId);
    if (attends(membershipId)) voters.push({ membershipId, proxyHolderMembershipId: null });
    else if (record?.status === 'excused' && attends(record.proxyHolderMembershipId)) {
      voters.push({ membershipId, proxyHolderMembershipId: record.proxyHolderMembershipId });
    }
  }
  return voters;
}

/** Who is asking to cast a ballot: the secretariat (entering a roll call) or a member by their own mandate. */
export type BallotCaller = { kind: 'staff' } | { kind: 'member'; ownMembershipId: string | null };

export interface BallotRequest {
  method: PollMethod;
  caller: BallotCaller;
  /** The member whose ballot this is, when not the caller's own. */
  onBehalfOfMembershipId: string | null;
  voters: readonly EligibleVoter[];
  recusedIds: ReadonlySet<string>;
}

/**
 * Whose ballot a request casts, and through whom; or a 403 saying why the caller may not cast it.
 * A member casts their own ballot, and a proxy holder the ballot of the member they represent; in a
 * roll call the secretariat may enter a member's answer for them; a secret ballot only ever comes
 * from the member's (or their proxy holder's) own device.
 */
export function authoriseBallot(request: BallotRequest): EligibleVoter {
  const { caller, method, onBehalfOfMembershipId: target } = request;
  if (method === 'show_of_hands') {
    throw new ConflictError('ballot.show_of_hands', {}, ['method']);
  }
  const voter = (id: string) => request.voters.find((v) => v.membershipId === id);
  const refuseIneligible = (id: string): never => {
    if (request.recusedIds.has(id)) throw new ForbiddenError('ballot.recused', { id });
    throw new ForbiddenError('ballot.not_attending', { id });
  };
  if (caller.kind === 'staff') {
    if (method === 'secret') throw new ForbiddenError('ballot.secret_own_device');
    if (!target) {
      throw new ForbiddenError('ballot.roll_call_needs_member');
    }
    return voter(target) ?? refuseIneligible(target);
  }
  const own = caller.ownMembershipId;
  if (own === null) throw new ForbiddenError('ballot.no_mandate');
  const id = target ?? own;
  const found = voter(id) ?? refuseIneligible(id);
  if (id === own) {
    if (found.proxyHolderMembershipId !== null) {
      throw new ForbiddenError('ballot.represented');
    }
    return found;
  }
  if (found.proxyHolderMembershipId !== own) {
    throw new ForbiddenError('ballot.not_proxy_holder', { id });
  }
  return found;
}
