import type { MinutesLanguage } from './minutes-document';

/** U+202F NARROW NO-BREAK SPACE: French puts it before ; : ! ? and inside « ». */
export const NNBSP = '\u202f';
/** U+00A0 NO-BREAK SPACE. */
export const NBSP = '\u00a0';

/**
 * Sets text the way its language is printed. French: a narrow no-break space before ; : ! ? and
 * inside « » (replacing whatever space was typed, or adding one where none was), so no line starts
 * with a colon; typographic apostrophes in both languages. Times (14:30) and addresses
 * (https://…) are left alone: a colon glued between two non-spaces is not punctuation.
 */
export function typeset(text: string, language: MinutesLanguage): string {
  let out = text.replace(/(\p{L})'(?=\p{L})/gu, '$1\u2019');
  if (language === 'fr') {
    out = out
      .replace(/«[ \u00a0\u202f]*/gu, `«${NNBSP}`)
      .replace(/[ \u00a0\u202f]*»/gu, `${NNBSP}»`)
      .replace(/[ \u00a0\u202f]*([;!?]+)/gu, (match, mark: string, offset: number) =>
        offset === 0 && match === mark ? mark : `${NNBSP}${mark}`,
      )
      .replace(/[ \u00a0\u202f]+:/gu, `${NNBSP}:`)
      .replace(/([\p{L}\p{N}»)])(?=:(?:\s|$))/gu, `$1${NNBSP}`);
  }
  return out;
}
