import type { Face, FontFile } from './fonts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** A piece of text in one face and colour; a paragraph is a list of spans. */
export interface Span {
  text: string;
  face?: Face;
  color?: string;
}

export interface TextStyle {
  size: number;
  face: Face;
  color: string;
  /** Line height as a multiple of the size. */
  leading: number;
}

interface Run {
  font: string;
  text: string;
  width: number;
  color: string;
}

interface Word {
  runs: Run[];
  /** Width without the trailing spaces. */
  width: number;
  /** Width of the trailing spaces. */
  space: number;
  hardBreak: boolean;
}

export interface Line {
  runs: Run[];
  width: number;
}

export interface Box {
  x: number;
  width: number;
}

/** pdfkit keeps the fontkit font of the current face here; its public API has no glyph lookup. */
interface WithFontkit {
  _font: { font: { hasGlyphForCodePoint(codePoint: number): boolean } };
}

/**
 * Lays text out line by line on A4 pages and draws it, choosing the font glyph by glyph: where the
 * primary face has no glyph for a character, the fallback face draws it, so nothing prints as a
 * blank box. We break lines ourselves (only at ordinary spaces) rather than through pdfkit's
 * wrapper, whose breaks fall between differently-fonted fragments and would orphan a « : ».
 */
export class Writer {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  y: number;
  private readonly covered = new Map<string, boolean>();

  constructor(
    readonly doc: Doc,
    private readonly fonts: { primary: Record<Face, FontFile>; fallback: Record<Face, FontFile> },
  ) {
    const { margins, width, height } = doc.page;
    this.left = margins.left;
    this.right = width - margins.right;
    this.top = margins.top;
    this.bottom = height - margins.bottom;
    this.y = this.top;
  }

  get width(): number {
    return this.right - this.left;
  }

  /** The registered font that draws `char` in `face`: the primary one when it has the glyph. */
  private fontFor(face: Face, char: string): string {
    const key = `${face}:${char}`;
    let primary = this.covered.get(key);
    if (primary === undefined) {
      this.doc.font(this.fonts.primary[face].name);
      primary = (this.doc as unknown as WithFontkit)._font.font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0);
      this.covered.set(key, primary);
    }
    return primary ? this.fonts.primary[face].name : this.fonts.fallback[face].name;
  }

  private measureRun(font: string, text: string, size: number): number {
    return this.doc.font(font).fontSize(size).widthOfString(text);
  }

  /** Splits a span's text into runs of one font each. */
  private runsOf(text: string, face: Face, color: string, size: number): Run[] {
    const runs: Run[] = [];
    for (const char of text) {
      const font = this.fontFor(face, char);
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += char;
      else runs.push({ font, text: char, width: 0, color });
    }
    for (const run of runs) run.width = this.measureRun(run.font, run.text, size);
    return runs;
  }

  private words(spans: Span[], style: TextStyle): Word[] {
    const words: Word[] = [];
    let current: Word | undefined;
    const open = (): Word => {
      if (!current) {
        current = { runs: [], width: 0, space: 0, hardBreak: false };
        words.push(current);
      }
      return current;
    };
    for (const span of spans) {
      const face = span.face ?? style.face;
      const color = span.color ?? style.color;
      for (const piece of span.text.replace(/\t/g, ' ').match(/\n| +|[^ \n]+/g) ?? []) {
        if (piece === '\n') {
          open().hardBreak = true;
          current = undefined;
        } else if (piece.startsWith(' ')) {
          const word = open();
          const runs = this.runsOf(piece, face, color, style.size);
          word.runs.push(...runs);
          word.space += runs.reduce((sum, r) => sum + r.width, 0);
          current = undefined;
        } else {
          const word = open();
          const runs = this.runsOf(piece, face, color, style.size);
          word.runs.push(...runs);
          word.width += runs.reduce((sum, r) => sum + r.width, 0);
        }
      }
    }
    return words;
  }

  /** Cuts a word wider than the line (a long address) into pieces that fit, character by character. */
  private split(word: Word, width: number, size: number): Word[] {
    const pieces: Word[] = [];
    let piece: Word = { runs: [], width: 0, space: 0, hardBreak: false };
    for (const run of word.runs) {
      for (const char of run.text) {
        const w = this.measureRun(run.font, char, size);
        if (piece.width + w > width && piece.runs.length > 0) {
          pieces.push(piece);
          piece = { runs: [], width: 0, space: 0, hardBreak: false };
        }
        const last = piece.runs[piece.runs.length - 1];
        if (last && last.font === run.font && last.color === run.color) {
          last.text += char;
          last.width += w;
        } else piece.runs.push({ font: run.font, text: char, width: w, color: run.color });
        piece.width += w;
      }
    }
    piece.hardBreak = word.hardBreak;
    pieces.push(piece);
    return pieces;
  }

  /** Greedy line breaking at spaces; never at a no-break space. */
  layout(spans: Span[], style: TextStyle, width: number): Line[] {
    const lines: Line[] = [];
    let line: Line = { runs: [], width: 0 };
    let pendingSpace = 0;
    const words = this.words(spans, style).flatMap((w) => (w.width > width ? this.split(w, width, style.size) : [w]));
    for (const word of words) {
      if (line.runs.length > 0 && line.width + pendingSpace + word.width > width) {
        lines.push(line);
        line = { runs: [], width: 0 };
        pendingSpace = 0;
      }
      line.width += pendingSpace + word.width;
      for (const run of word.runs) {
        const last = line.runs[line.runs.length - 1];
        if (last && last.font === run.font && last.color === run.color) {
          last.text += run.text;
          last.width += run.width;
        } else line.runs.push({ ...run });
      }
      pendingSpace = word.space;
      if (word.hardBreak) {
        lines.push(line);
        line = { runs: [], width: 0 };
        pendingSpace = 0;
      }
    }
    if (line.runs.length > 0) lines.push(line);
    return lines;
  }

  lineHeight(style: TextStyle): number {
    return style.size * style.leading;
  }

  /** Height the spans take in `width`. */
  heightOf(spans: Span[], style: TextStyle, width = this.width): number {
    return this.layout(spans, style, width).length * this.lineHeight(style);
  }

  /** Draws one line with its top at `top`. */
  drawLine(line: Line, style: TextStyle, x: number, top: number, align: 'left' | 'right' = 'left', width = 0): void {
    const baseline = top + ((style.leading - 1) * style.size) / 2 + 0.8 * style.size;
    let cursor = align === 'right' ? x + width - line.width : x;
    for (const run of line.runs) {
      this.doc
        .font(run.font)
        .fontSize(style.size)
        .fillColor(run.color)
        .text(run.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' });
      cursor += run.width;
    }
  }

  /** Lays out and draws a paragraph at the cursor, turning the page between lines where needed. */
  text(spans: Span[], style: TextStyle, box: Box = { x: this.left, width: this.width }): void {
    const height = this.lineHeight(style);
    for (const line of this.layout(spans, style, box.width)) {
      if (this.y + height > this.bottom) this.newPage();
      this.drawLine(line, style, box.x, this.y);
      this.y += height;
    }
  }

  /** Turns the page when fewer than `height` points are left, so that a block stays whole. */
  keep(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  newPage(): void {
    // continueOnNewPage closes the open marked content and reopens it on the new page under the
    // same structure element, so a paragraph split across pages stays one paragraph for a reader.
    this.doc.continueOnNewPage();
    this.y = this.top;
  }

  /** Adds a structure element under `parent` whose content is whatever `draw` paints. */
  leaf(parent: Struct, type: string, draw: () => void): void {
    parent.add(this.doc.struct(type, {}, draw));
  }

  /** Adds a grouping structure element (Sect, L, Table…) under `parent` and fills it. */
  group(parent: Struct, type: string, fill: (element: Struct) => void): void {
    const element = this.doc.struct(type);
    parent.add(element);
    fill(element);
    element.end();
  }

  /** Paints decoration that a screen reader must skip (rules, bars, running headers). */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }
}
