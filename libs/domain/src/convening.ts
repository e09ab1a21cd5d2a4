import { ConflictError } from './errors';

/**
 * Convening needs a published agenda: members are convened on a numbered version they can read.
 * Returns the version the convocation names.
 */
export function conveningAgendaVersion(latestPublished: { number: number } | null): number {
  if (!latestPublished) {
    throw new ConflictError('Convening needs a published agenda; publish the agenda first', [
      { field: 'agenda', message: 'has no published version' },
    ]);
  }
  return latestPublished.number;
}
