import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';

/** Tiny but real files of each type Quorum keeps, built here so that no binary fixture is checked in. */

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A one-page PDF with a line of text (pdfkit, as the minutes use). */
export function aPdf(text = 'Note de cadrage du GRAM'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(0), Title: text } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

/** A 1×1 PNG. */
export const aPng = () =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

/** The smallest JFIF structure: start of image, the APP0 segment, end of image. */
export const aJpeg = () =>
  Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
    0x00, 0xff, 0xd9,
  ]);

/** An OpenDocument text: `mimetype` first and stored, then the content and its manifest. */
export const anOdt = () =>
  Buffer.from(
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"><office:body><office:text/></office:body></office:document-content>',
      ),
      'META-INF/manifest.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>',
      ),
    }),
  );

const contentTypes = (main: string, type: string) =>
  strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="${type}"/></Types>`,
  );

/** A Word document: content types and `word/document.xml`. */
export const aDocx = () =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': contentTypes(
        'word/document.xml',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      ),
      'word/document.xml': strToU8(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
      ),
    }),
  );

/** An Excel workbook: content types, `xl/workbook.xml` and one sheet. */
export const anXlsx = () =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': contentTypes(
        'xl/workbook.xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      ),
      'xl/workbook.xml': strToU8(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
      ),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet/>'),
    }),
  );

/** A Windows executable's first bytes: what a renamed `.exe` looks like. */
export const anExe = () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);

/** A multipart form with one file and optional text fields. */
export function aForm(
  bytes: Uint8Array,
  fileName: string,
  fields: Record<string, string> = {},
  type?: string,
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: type ?? 'application/octet-stream' }), fileName);
  return form;
}
