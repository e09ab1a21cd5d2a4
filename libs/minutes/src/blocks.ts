import type { Face } from './fonts';
import type { Box, Span, TextStyle, Writer } from './writer';

type Struct = PDFKit.PDFStructureElement;

/** The house style: one sober ink, one institutional blue, a grey for what is secondary. */
export const COLORS = {
  ink: '#1b1f24',
  blue: '#1d3557',
  muted: '#56606b',
  rule: '#c5ccd5',
  panel: '#f1f4f8',
  adopted: '#1e5631',
  rejected: '#8b1e24',
  warning: '#8b1e24',
} as const;

const style = (size: number, face: Face, color: string, leading = 1.4): TextStyle => ({ size, face, color, leading });

export const STYLES = {
  title: style(22, 'bold', COLORS.blue, 1.2),
  subtitle: style(14, 'semibold', COLORS.ink, 1.3),
  h2: style(13, 'bold', COLORS.blue, 1.3),
  h3: style(10.5, 'bold', COLORS.ink, 1.35),
  label: style(9, 'semibold', COLORS.blue, 1.35),
  body: style(10, 'regular', COLORS.ink, 1.45),
  small: style(8.5, 'regular', COLORS.muted, 1.4),
  cellHead: style(8, 'semibold', COLORS.muted, 1.3),
  cell: style(9.5, 'regular', COLORS.ink, 1.35),
  figure: style(14, 'semibold', COLORS.ink, 1.2),
  running: style(7.5, 'regular', COLORS.muted, 1.3),
} as const;

export function spans(text: string, face?: Face, color?: string): Span[] {
  return [{ text, face, color }];
}

/** A heading, kept with the few lines that follow it; an H2 gets a hairline beneath and a bookmark. */
export function heading(w: Writer, parent: Struct, level: 'H1' | 'H2' | 'H3', text: string): void {
  const st = level === 'H2' ? STYLES.h2 : level === 'H3' ? STYLES.h3 : STYLES.title;
  const before = level === 'H2' ? 16 : 8;
  w.keep(before + w.heightOf(spans(text), st) + 4 * w.lineHeight(STYLES.body));
  if (w.y > w.top) w.y += before;
  // Sections are bookmarks too, so a long record can be navigated from the reader's side panel.
  if (level === 'H2') w.doc.outline.addItem(text);
  w.leaf(parent, level, () => w.text(spans(text), st));
  if (level === 'H2') {
    const y = w.y + 2;
    w.artifact(() => w.doc.moveTo(w.left, y).lineTo(w.right, y).lineWidth(0.6).strokeColor(COLORS.rule).stroke());
    w.y += 8;
  } else w.y += 3;
}

export function paragraph(
  w: Writer,
  parent: Struct,
  content: Span[],
  st: TextStyle = STYLES.body,
  after = 5,
  box?: Box,
): void {
  w.leaf(parent, 'P', () => w.text(content, st, box));
  w.y += after;
}

/** Runs `draw`, then paints a thin vertical bar beside what it drew, across pages if it spilled over. */
export function withBar(w: Writer, color: string, draw: (box: Box) => void): void {
  const startPage = currentPage(w);
  const startY = w.y;
  draw({ x: w.left + 10, width: w.width - 10 });
  const endPage = currentPage(w);
  for (let page = startPage; page <= endPage; page++) {
    const from = page === startPage ? startY : w.top;
    const to = page === endPage ? w.y - 4 : w.bottom;
    if (page !== endPage) w.doc.switchToPage(page);
    w.artifact(() => w.doc.rect(w.left, from, 2.2, Math.max(0, to - from)).fill(color));
    if (page !== endPage) w.doc.switchToPage(endPage);
  }
}

export function currentPage(w: Writer): number {
  const range = w.doc.bufferedPageRange();
  return range.start + range.count - 1;
}

export interface Column {
  header: string;
  /** Share of the table's width. */
  share: number;
  align?: 'left' | 'right';
}

const PAD = 3.5;

/**
 * A tagged table (Table > TR > TH/TD): header row in small grey capitals' stead, hairlines between
 * rows; a row never splits across pages, and the header is repeated (as an artifact) on a new page.
 */
export function table(
  w: Writer,
  parent: Struct,
  columns: Column[],
  rows: Span[][][],
  cellStyle: TextStyle = STYLES.cell,
): void {
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  const boxes = columns.reduce<Box[]>((acc, c) => {
    const x = acc.length ? acc[acc.length - 1].x + acc[acc.length - 1].width : w.left;
    return [...acc, { x, width: (w.width * c.share) / total }];
  }, []);
  const header = columns.map((c) => spans(c.header));
  const rowHeight = (cells: Span[][], st: TextStyle) =>
    Math.max(...cells.map((cell, i) => w.heightOf(cell, st, boxes[i].width - 2 * PAD))) + 2 * PAD;

  const drawRow = (row: Struct | null, cells: Span[][], st: TextStyle, cellType: 'TH' | 'TD') => {
    const top = w.y;
    cells.forEach((cell, i) => {
      const paint = () => {
        const box = boxes[i];
        const lines = w.layout(cell, st, box.width - 2 * PAD);
        lines.forEach((line, n) =>
          w.drawLine(
            line,
            st,
            box.x + PAD,
            top + PAD + n * w.lineHeight(st),
            columns[i].align ?? 'left',
            box.width - 2 * PAD,
          ),
        );
      };
      if (row) row.add(w.doc.struct(cellType, {}, paint));
      else w.artifact(paint);
    });
    w.y = top + rowHeight(cells, st);
    const y = w.y;
    const strong = cellType === 'TH';
    w.artifact(() =>
      w.doc
        .moveTo(w.left, y)
        .lineTo(w.right, y)
        .lineWidth(strong ? 0.8 : 0.4)
        .strokeColor(strong ? COLORS.blue : COLORS.rule)
        .stroke(),
    );
  };

  w.keep(rowHeight(header, STYLES.cellHead) + (rows[0] ? rowHeight(rows[0], cellStyle) : 0));
  w.group(parent, 'Table', (tableStruct) => {
    w.group(tableStruct, 'TR', (tr) => drawRow(tr, header, STYLES.cellHead, 'TH'));
    for (const cells of rows) {
      const height = rowHeight(cells, cellStyle);
      if (w.y + height > w.bottom) {
        w.newPage();
        drawRow(null, header, STYLES.cellHead, 'TH');
      }
      w.group(tableStruct, 'TR', (tr) => drawRow(tr, cells, cellStyle, 'TD'));
    }
  });
  w.y += 8;
}

/**
 * A tagged list (L > LI > LBody) laid out in `columns` columns, row by row: reading order stays the
 * list's order whatever the layout.
 */
export function list(w: Writer, parent: Struct, items: Span[][], columns = 1, bullets = true): void {
  const st = STYLES.body;
  const gap = 16;
  const width = (w.width - gap * (columns - 1)) / columns;
  w.group(parent, 'L', (l) => {
    for (let i = 0; i < items.length; i += columns) {
      const row = items.slice(i, i + columns);
      const height = Math.max(...row.map((item) => w.heightOf(item, st, width - 10)));
      w.keep(height);
      const top = w.y;
      row.forEach((item, c) => {
        w.y = top;
        const x = w.left + c * (width + gap);
        w.group(l, 'LI', (li) => w.leaf(li, 'LBody', () => w.text(item, st, { x: x + 10, width: width - 10 })));
      });
      w.y = top;
      if (bullets)
        row.forEach((_, c) => {
          const x = w.left + c * (width + gap);
          const dotY = top + w.lineHeight(st) / 2 + 0.5;
          w.artifact(() => w.doc.circle(x + 3, dotY, 1.3).fill(COLORS.blue));
        });
      w.y = top + height + 2;
    }
  });
  w.y += 4;
}

/**
 * A tagged list whose items read as two aligned columns — who, then what qualifies them — like the
 * roll of a printed record. Each item is one LI, so a screen reader reads name then qualification.
 */
export function roster(w: Writer, parent: Struct, rows: [Span[], Span[]][], leadWidth = 205): void {
  const st = STYLES.body;
  const x = w.left + 10;
  const restX = x + leadWidth;
  const restWidth = w.right - restX;
  w.group(parent, 'L', (l) => {
    for (const [lead, rest] of rows) {
      const height = Math.max(w.heightOf(lead, st, leadWidth - 10), w.heightOf(rest, st, restWidth));
      w.keep(height);
      const top = w.y;
      w.group(l, 'LI', (li) =>
        w.leaf(li, 'LBody', () => {
          w.text(lead, st, { x, width: leadWidth - 10 });
          w.y = top;
          w.text(rest, st, { x: restX, width: restWidth });
        }),
      );
      const dotY = top + w.lineHeight(st) / 2 + 0.5;
      w.artifact(() => w.doc.circle(w.left + 3, dotY, 1.3).fill(COLORS.blue));
      w.y = top + height + 1;
    }
  });
  w.y += 4;
}
