import { ConflictError } from './errors';

/**
 * Convening needs a published agenda: members are convened on a numbered version they can read.
 * Returns the version the convocation names.
 */
export function conveningAgendaVersion(latestPublished: { number: number } | null): number {
  if (!latestPublished) {
    throw new ConflictError('convening.agenda_unpublished', {}, ['agenda']);
  }
  return latestPublished.number;
}
