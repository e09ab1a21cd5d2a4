import {
  assertDocumentDeletable,
  assertExpectedSha256,
  canReadDocument,
  documentFileName,
  documentTooLarge,
  documentTypeUnsupported,
} from './document';
import { localizeError } from './errors';

describe('meeting documents', () => {
  it.each([
    ['Note de cadrage – Été 2027.pdf', 'Note de cadrage – Été 2027.pdf'],
    ['C:\\Users\\gram\\Bilan.docx', 'Bilan.docx'],
    ['../../etc/passwd', 'passwd'],
    ['rapport\u0000\u0007.pdf', 'rapport.pdf'],
    ['"quoted"<name>|?*.pdf', 'quotedname.pdf'],
    ['...hidden.pdf', 'hidden.pdf'],
    ['', 'document.pdf'],
    [undefined, 'document.pdf'],
  ])('stores the file name %j as %j', (raw, expected) => {
    expect(documentFileName(raw, 'pdf')).toBe(expected);
  });

  it('keeps a file name to 255 characters', () => {
    expect([...documentFileName('é'.repeat(400) + '.pdf', 'pdf')]).toHaveLength(255);
  });

  it('shows a draft-only document to the staff alone', () => {
    expect(canReadDocument('secretariat', false)).toBe(true);
    expect(canReadDocument('admin', false)).toBe(true);
    expect(canReadDocument('member', false)).toBe(false);
    expect(canReadDocument('direction', false)).toBe(false);
    expect(canReadDocument('member', true)).toBe(true);
  });

  it('refuses to delete a document a published agenda lists (409)', () => {
    expect(() => assertDocumentDeletable('d1', [])).not.toThrow();
    expect(() => assertDocumentDeletable('d1', [1, 2])).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });

  it('refuses a file whose SHA-256 is not the one the client sent (422), in either case', () => {
    const sha = 'ab'.repeat(32);
    expect(() => assertExpectedSha256(undefined, sha)).not.toThrow();
    expect(() => assertExpectedSha256(sha.toUpperCase(), sha)).not.toThrow();
    expect(() => assertExpectedSha256('cd'.repeat(32), sha)).toThrow(expect.objectContaining({ kind: 'rule' }));
  });

  it.each([
    [20 * 1024 * 1024, '20\u00a0Mio', '20 MiB'],
    [64 * 1024, '64\u00a0Kio', '64 KiB'],
    [1500, '1500\u00a0octets', '1500 bytes'],
  ])('states a limit of %d bytes as a person reads it (%s, %s)', (maxBytes, french, english) => {
    const error = documentTooLarge(maxBytes);
    expect(error.kind).toBe('too_large');
    expect(localizeError(error, 'fr').message).toBe(
      `Un document ne peut pas dépasser ${french}\u202f; ce fichier est plus volumineux`,
    );
    expect(error.message).toBe(`A document may not exceed ${english}; this file is larger`);
  });

  it('names the kinds it keeps when refusing a file (415), in both languages', () => {
    const error = documentTypeUnsupported();
    expect(error.kind).toBe('unsupported_type');
    expect(localizeError(error, 'en').details).toEqual([
      {
        field: 'file',
        code: 'document.file_type_unsupported',
        message: 'file is not a PDF, ODT, DOCX, XLSX, PNG, or JPEG file (read from its content)',
        params: { types: { anyOf: ['PDF', 'ODT', 'DOCX', 'XLSX', 'PNG', 'JPEG'] } },
      },
    ]);
    expect(localizeError(error, 'fr').message).toContain('PDF, ODT, DOCX, XLSX, PNG ou JPEG');
  });
});
