import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The faces the minutes use. Atkinson Hyperlegible Next (Braille Institute, SIL OFL 1.1) was drawn
 * for readers with low vision, which many of GRAM's members are; it lacks a few glyphs (U+202F, the
 * narrow no-break space French needs before : ; ! ?), which DejaVu Sans (Bitstream Vera licence)
 * supplies glyph by glyph. Both ship as TTF in npm packages, so a clean clone has them after `npm ci`.
 */
export const FACES = ['regular', 'bold', 'semibold', 'italic'] as const;
export type Face = (typeof FACES)[number];

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

const primaryFiles: Record<Face, string> = {
  regular: '400Regular/AtkinsonHyperlegibleNext_400Regular.ttf',
  bold: '700Bold/AtkinsonHyperlegibleNext_700Bold.ttf',
  semibold: '600SemiBold/AtkinsonHyperlegibleNext_600SemiBold.ttf',
  italic: '400Regular_Italic/AtkinsonHyperlegibleNext_400Regular_Italic.ttf',
};

const fallbackFiles: Record<Face, string> = {
  regular: 'ttf/DejaVuSans.ttf',
  bold: 'ttf/DejaVuSans-Bold.ttf',
  semibold: 'ttf/DejaVuSans-Bold.ttf',
  italic: 'ttf/DejaVuSans-Oblique.ttf',
};

export interface FontFile {
  /** The name the renderer registers the font under in a PDF document. */
  name: string;
  data: Buffer;
}

let cache: { primary: Record<Face, FontFile>; fallback: Record<Face, FontFile> } | undefined;

/** The TTF files, read once per process. */
export function fontFiles(): { primary: Record<Face, FontFile>; fallback: Record<Face, FontFile> } {
  if (!cache) {
    const atkinson = packageDir('@expo-google-fonts/atkinson-hyperlegible-next');
    const dejavu = packageDir('dejavu-fonts-ttf');
    const load = (dir: string, files: Record<Face, string>, prefix: string) =>
      Object.fromEntries(
        FACES.map((face) => [face, { name: `${prefix}-${face}`, data: readFileSync(join(dir, files[face])) }]),
      ) as Record<Face, FontFile>;
    cache = { primary: load(atkinson, primaryFiles, 'primary'), fallback: load(dejavu, fallbackFiles, 'fallback') };
  }
  return cache;
}
