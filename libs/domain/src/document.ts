import { ConflictError, RuleViolationError, TooLargeError, UnsupportedTypeError } from './errors';
import { ALLOWED_DOCUMENT_LABELS_LIST } from './document-type';
import type { MessageParams } from './i18n/translate';
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
    throw new ConflictError('document.listed_by_published_agenda', {
      id: documentId,
      count: publishedVersions.length,
      versions: { allOf: [...publishedVersions] },
    });
  }
}

/** The client's expected SHA-256, when it sent one, must be what arrived: else the upload was damaged. */
export function assertExpectedSha256(expected: string | undefined, actual: string): void {
  if (expected !== undefined && expected.toLowerCase() !== actual) {
    throw new RuleViolationError('document.sha256_mismatch', {}, [
      { field: 'sha256', code: 'document.sha256_expected', params: { expected: expected.toLowerCase(), actual } },
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

const KIB = 1024;
const MIB = 1024 * KIB;

/** A size as a person reads it, exactly: 20 MiB, 64 KiB, else in bytes. */
function readableSize(bytes: number): MessageParams {
  if (bytes >= MIB && bytes % MIB === 0) return { size: bytes / MIB, unit: { term: 'size_unit.mebibytes' } };
  if (bytes >= KIB && bytes % KIB === 0) return { size: bytes / KIB, unit: { term: 'size_unit.kibibytes' } };
  return { size: bytes, unit: { term: 'size_unit.bytes' } };
}

/** The refusal of a file past the largest a meeting document may be (413), naming the limit. */
export function documentTooLarge(maxBytes: number): TooLargeError {
  const size = readableSize(maxBytes);
  return new TooLargeError('document.too_large', size, [
    { field: 'file', code: 'document.file_too_large', params: size },
  ]);
}

/** The refusal of a file that is none of the kinds Quorum keeps (415), naming them. */
export function documentTypeUnsupported(): UnsupportedTypeError {
  const types = { anyOf: ALLOWED_DOCUMENT_LABELS_LIST };
  return new UnsupportedTypeError('document.type_unsupported', { types }, [
    { field: 'file', code: 'document.file_type_unsupported', params: { types } },
  ]);
}
