/**
 * Which files a meeting may hold, decided by their first and last bytes (magic numbers and, for the
 * zip-based office formats, the entries they contain), never by their name or the type a client claims.
 */
export const DOCUMENT_TYPES = {
  pdf: { mediaType: 'application/pdf', label: 'PDF', extension: 'pdf' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', label: 'ODT', extension: 'odt' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'DOCX',
    extension: 'docx',
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'XLSX',
    extension: 'xlsx',
  },
  png: { mediaType: 'image/png', label: 'PNG', extension: 'png' },
  jpeg: { mediaType: 'image/jpeg', label: 'JPEG', extension: 'jpg' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_TYPES) as DocumentKind[];
/** The allowed types, as a person names them: PDF, ODT, DOCX, XLSX, PNG, JPEG. */
export const ALLOWED_DOCUMENT_LABELS_LIST: readonly string[] = DOCUMENT_KINDS.map((kind) => DOCUMENT_TYPES[kind].label);
/** The allowed types in one line: "PDF, ODT, DOCX, XLSX, PNG, JPEG". */
export const ALLOWED_DOCUMENT_LABELS = ALLOWED_DOCUMENT_LABELS_LIST.join(', ');

/** How many leading bytes `sniffDocumentType` needs. */
export const SNIFF_HEAD_BYTES = 512;
/** How many trailing bytes `sniffDocumentType` reads to find a zip's table of contents. */
export const SNIFF_TAIL_BYTES = 1024 * 1024;

const ODT_MIMETYPE = DOCUMENT_TYPES.odt.mediaType;
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * The kind of a file from its first `SNIFF_HEAD_BYTES` bytes and its last `SNIFF_TAIL_BYTES` (the
 * whole file when smaller), or null when it is none of the allowed kinds.
 */
export function sniffDocumentType(head: Uint8Array, tail: Uint8Array): DocumentKind | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (head.length >= 4 && readUint32(head, 0) === LOCAL_HEADER) return sniffZip(head, tail);
  return null;
}

function sniffZip(head: Uint8Array, tail: Uint8Array): DocumentKind | null {
  // OpenDocument: the first entry is `mimetype`, stored uncompressed, holding the media type.
  if (firstEntryIsOdtMimetype(head)) return 'odt';
  const names = zipEntryNames(tail);
  if (names === null) return null;
  if (names.has('word/document.xml') && names.has('[Content_Types].xml')) return 'docx';
  if (names.has('xl/workbook.xml') && names.has('[Content_Types].xml')) return 'xlsx';
  return null;
}

function firstEntryIsOdtMimetype(head: Uint8Array): boolean {
  if (head.length < 30) return false;
  const method = readUint16(head, 8);
  const size = readUint32(head, 18);
  const nameLength = readUint16(head, 26);
  const extraLength = readUint16(head, 28);
  const nameEnd = 30 + nameLength;
  const dataStart = nameEnd + extraLength;
  if (method !== 0 || nameLength !== 8 || size !== ODT_MIMETYPE.length) return false;
  if (head.length < dataStart + size) return false;
  return ascii(head, 30, nameEnd) === 'mimetype' && ascii(head, dataStart, dataStart + size) === ODT_MIMETYPE;
}

/**
 * The names in a zip's central directory, read from the end of the file; null when the directory
 * is not wholly in `tail` or is malformed.
 */
export function zipEntryNames(tail: Uint8Array): Set<string> | null {
  // The end record is 22 bytes plus a comment of at most 65,535: search backwards from the end.
  const lowest = Math.max(0, tail.length - 22 - 0xffff);
  for (let at = tail.length - 22; at >= lowest; at--) {
    if (readUint32(tail, at) !== END_OF_CENTRAL_DIRECTORY) continue;
    const count = readUint16(tail, at + 10);
    const size = readUint32(tail, at + 12);
    const start = at - size;
    if (start < 0) return null;
    return centralDirectoryNames(tail, start, at, count);
  }
  return null;
}

function centralDirectoryNames(bytes: Uint8Array, start: number, end: number, count: number): Set<string> | null {
  const names = new Set<string>();
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || readUint32(bytes, at) !== CENTRAL_HEADER) return null;
    const nameLength = readUint16(bytes, at + 28);
    const extraLength = readUint16(bytes, at + 30);
    const commentLength = readUint16(bytes, at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > end) return null;
    names.add(ascii(bytes, at + 46, nameEnd));
    at = nameEnd + extraLength + commentLength;
  }
  return names;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function readUint16(bytes: Uint8Array, at: number): number {
  return at + 2 <= bytes.length ? bytes[at] | (bytes[at + 1] << 8) : -1;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return at >= 0 && at + 4 <= bytes.length
    ? (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0
    : -1;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to && i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}
