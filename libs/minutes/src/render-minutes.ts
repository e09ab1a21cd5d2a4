import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { COLORS, STYLES } from './blocks';
import { fontFiles, type FontFile } from './fonts';
import { itemSection } from './items';
import { labelsFor } from './labels';
import type { MinutesDocument, RenderedMinutes, RenderOptions } from './minutes-document';
import {
  actionsSection,
  agendaSection,
  approvalSection,
  attendanceSection,
  type Context,
  passagesSection,
  quorumSection,
  titleBlock,
} from './sections';
import { typeset } from './typography';
import { Writer } from './writer';

const MARGINS = { top: 70, bottom: 78, left: 62, right: 62 };

/**
 * Renders one version of the minutes to an accessible PDF: tagged (structure tree in reading order,
 * running headers and footers as artifacts), with its title and language, fonts embedded. The same
 * document and options give the same bytes: the PDF's dates come from `renderedAt` and pdfkit derives
 * the file ID from them, nothing else reads a clock or a random source.
 */
export async function renderMinutesPdf(doc: MinutesDocument, options: RenderOptions = {}): Promise<RenderedMinutes> {
  const labels = labelsFor(doc.language);
  const t = (text: string) => typeset(text, doc.language);
  const renderedAt = new Date(doc.renderedAt);
  if (Number.isNaN(renderedAt.getTime())) throw new RangeError(`renderedAt is not a date: ${doc.renderedAt}`);
  const title = t(`${labels.minutes} — ${doc.body.slug.toUpperCase()} — ${doc.meeting.title}`);

  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    tagged: true,
    lang: labels.locale,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: title,
      Author: doc.body.name,
      Subject: `${labels.minutes} ${doc.meeting.quarter} — ${labels.version(doc.version)}`,
      Creator: 'Quorum',
      Producer: 'Quorum (pdfkit)',
      CreationDate: renderedAt,
      ModDate: renderedAt,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const fonts = fontFiles();
  for (const file of [...Object.values(fonts.primary), ...Object.values(fonts.fallback)] as FontFile[]) {
    pdf.registerFont(file.name, file.data);
  }
  const w = new Writer(pdf, fonts);
  const ctx: Context = { w, labels, doc, publicCopy: options.publicCopy === true, t };

  const root = pdf.struct('Document');
  pdf.addStructure(root);
  titleBlock(ctx, root);
  attendanceSection(ctx, root);
  quorumSection(ctx, root);
  passagesSection(ctx, root, labels.opening, doc.opening);
  agendaSection(ctx, root);
  doc.items.forEach((item, index) => itemSection(ctx, root, item, index));
  passagesSection(ctx, root, labels.otherBusiness, doc.otherBusiness);
  actionsSection(ctx, root);
  approvalSection(ctx, root);
  root.end();

  const pages = decoratePages(ctx);
  pdf.end();
  const pdfBytes = await bytes;
  return { pdf: pdfBytes, pages, sha256: createHash('sha256').update(pdfBytes).digest('hex') };
}

/** Running header (from page 2) and footer on every page, drawn once the page count is known. */
function decoratePages(ctx: Context): number {
  const { w, labels, doc, t } = ctx;
  const range = w.doc.bufferedPageRange();
  const st = STYLES.running;
  const status = ctx.publicCopy ? labels.publicCopy : doc.approval.status === 'draft' ? labels.draft : '';
  const running = t(
    [`${doc.body.slug.toUpperCase()} — ${labels.minutes} — ${doc.meeting.title}`, status].filter(Boolean).join(' · '),
  );
  const pageHeight = w.doc.page.height;
  for (let i = 0; i < range.count; i++) {
    w.doc.switchToPage(range.start + i);
    w.artifact(() => {
      if (i > 0) {
        const [line] = w.layout([{ text: running }], st, w.width);
        w.drawLine(line, st, w.left, 36);
        w.doc.moveTo(w.left, 50).lineTo(w.right, 50).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
      }
      const top = pageHeight - 58;
      w.doc.moveTo(w.left, top).lineTo(w.right, top).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
      const page = labels.pageOf(i + 1, range.count);
      const pageWidth = w.width * 0.25;
      const [left] = w.layout(
        [{ text: t(`${labels.version(doc.version)} · ${status || labels.minutes}`) }],
        st,
        w.width - pageWidth,
      );
      const [right] = w.layout([{ text: page, face: 'semibold' }], st, pageWidth);
      w.drawLine(left, st, w.left, top + 6);
      w.drawLine(right, { ...st, color: COLORS.ink }, w.right - pageWidth, top + 6, 'right', pageWidth);
      for (const [n, line] of w
        .layout([{ text: t(`${labels.draftSha256}: ${doc.draftSha256}`) }], st, w.width)
        .entries()) {
        w.drawLine(line, st, w.left, top + 6 + (n + 1) * w.lineHeight(st));
      }
    }, 'Pagination');
  }
  return range.count;
}
