import { assertDocumentDeletable, assertExpectedSha256, canReadDocument, documentFileName } from './document';

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
});
