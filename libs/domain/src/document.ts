import { ConflictError, RuleViolationError } from './errors';
import type { Role } from './roles';

const STAFF: readonly Role[] = ['admin', 'secretariat'];

/**
 * Whether a reader who may read a body's documents (`canRead(…, 'documents', …)`) sees this one:
 * the staff see every document; others only those on a published version of the agenda, since a
 * document on a draft alone is still the secretariat's.
 */
export function canReadDocument(role: Role, onPublishedAgenda: boolean): boolean {
  return STAFF.includes(role) || onPublishedAgenda;
}

/** A document may be deleted while no published agenda lists it: a published version is a record. */
export function assertDocumentDeletable(documentId: string, publishedVersions: readonly number[]): void {
  if (publishedVersions.length > 0) {
    throw new ConflictError(
      `Document ${documentId} is listed by the published agenda (version ${publishedVersions.join(', ')}); ` +
        'detach it and publish a new version instead',
    );
  }
}

/** The client's expected SHA-256, when it sent one, must be what arrived: else the upload was damaged. */
export function assertExpectedSha256(expected: string | undefined, actual: string): void {
  if (expected !== undefined && expected.toLowerCase() !== actual) {
    throw new RuleViolationError('The file received does not have the SHA-256 you sent: it was damaged on the way', [
      { field: 'sha256', message: `expected ${expected.toLowerCase()}, received ${actual}` },
    ]);
  }
}

/**
 * The name a document is stored and served under: the file name without any folder, control or
 * path characters, at most 255 characters; never empty.
 */
export function documentFileName(raw: string | undefined, fallbackExtension: string): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  const trimmed = clean.replace(/^\.+/, '');
  if (trimmed === '') return `document.${fallbackExtension}`;
  return [...trimmed].slice(0, 255).join('');
}
