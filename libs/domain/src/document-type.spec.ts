import fc from 'fast-check';
import { strToU8, zipSync, Zippable } from 'fflate';
import { SNIFF_HEAD_BYTES, SNIFF_TAIL_BYTES, sniffDocumentType, zipEntryNames } from './document-type';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => strToU8(value);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};
/** What the storage hands the sniffer: the first and the last bytes of the file. */
const sniff = (file: Uint8Array) =>
  sniffDocumentType(file.subarray(0, SNIFF_HEAD_BYTES), file.subarray(Math.max(0, file.length - SNIFF_TAIL_BYTES)));

const odt = (mimetype = 'application/vnd.oasis.opendocument.text', stored = true) =>
  zipSync({
    mimetype: [text(mimetype), { level: stored ? 0 : 6 }],
    'content.xml': text('<office:document-content/>'),
    'META-INF/manifest.xml': text('<manifest/>'),
  });
const ooxml = (main: string, extra: Zippable = {}) =>
  zipSync({ '[Content_Types].xml': text('<Types/>'), [main]: text('<x/>'), ...extra });

describe('what a document is, read from its bytes', () => {
  it.each([
    ['a PDF', concat(text('%PDF-1.7\n'), new Uint8Array(100)), 'pdf'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'jpeg'],
    ['an ODT', odt(), 'odt'],
    ['a DOCX', ooxml('word/document.xml'), 'docx'],
    ['an XLSX', ooxml('xl/workbook.xml', { 'xl/worksheets/sheet1.xml': text('<sheet/>') }), 'xlsx'],
  ])('recognises %s', (_what, file, kind) => {
    expect(sniff(file)).toBe(kind);
  });

  it.each([
    ['an executable (MZ) renamed .pdf', concat(text('MZ'), new Uint8Array(200))],
    ['an ELF binary', concat(bytes(0x7f, 0x45, 0x4c, 0x46), new Uint8Array(64))],
    ['plain text', text('Ordre du jour\n1. Accueil')],
    ['HTML that says PDF later', text('<html>%PDF-1.7</html>')],
    ['a PDF signature not at the start', concat(text(' '), text('%PDF-1.7'))],
    ['an empty file', new Uint8Array(0)],
    ['a GIF', text('GIF89a\x01\x00')],
    ['a zip of something else', zipSync({ 'a.txt': text('hello') })],
    ['an ODS spreadsheet (not ODT)', odt('application/vnd.oasis.opendocument.spreadsheet')],
    ['an ODT whose mimetype entry is compressed', odt(undefined, false)],
    ['a PowerPoint (PPTX)', ooxml('ppt/presentation.xml')],
    ['a zip naming word/document.xml without content types', zipSync({ 'word/document.xml': text('<x/>') })],
    ['a zip cut short (no central directory)', odt().subarray(0, 60).slice()],
    ['only the zip signature', bytes(0x50, 0x4b, 0x03, 0x04)],
  ])('refuses %s', (_what, file) => {
    expect(sniff(file)).toBeNull();
  });

  it('reads a DOCX whose central directory is behind a comment and after large content', () => {
    const big = new Uint8Array(2 * SNIFF_TAIL_BYTES).map((_, i) => (i * 7919) % 251);
    const file = zipSync(
      {
        '[Content_Types].xml': text('<Types/>'),
        'word/media/big.bin': [big, { level: 0 }],
        'word/document.xml': text('<w/>'),
      },
      { comment: 'Quorum' } as never,
    );
    expect(file.length).toBeGreaterThan(SNIFF_TAIL_BYTES);
    expect(sniff(file)).toBe('docx');
  });

  it('lists the names of a zip from its end', () => {
    expect([...(zipEntryNames(ooxml('xl/workbook.xml')) ?? [])].sort()).toEqual([
      '[Content_Types].xml',
      'xl/workbook.xml',
    ]);
  });

  it('never throws on arbitrary bytes, and answers null or a known kind', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.uint8Array({ maxLength: 600 }), (head, tail) => {
        const kind = sniffDocumentType(head, tail);
        expect(kind === null || ['pdf', 'png', 'jpeg', 'odt', 'docx', 'xlsx'].includes(kind)).toBe(true);
      }),
    );
  });

  it('never throws on a zip damaged anywhere', () => {
    const original = ooxml('word/document.xml');
    fc.assert(
      fc.property(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const damaged = original.slice();
        damaged[at] = value;
        const kind = sniff(damaged);
        expect(kind === null || kind === 'docx').toBe(true);
      }),
    );
  });
});
