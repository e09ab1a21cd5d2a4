import { DEFAULT_LANGUAGE, Language, LANGUAGES } from '../language';
import { en, MessageCode } from './en';
import { fr } from './fr';

/** One catalogue per language, each holding every code (a code missing in one fails `tsc`). */
export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageCode, string>>>> = { fr, en };

/**
 * A value put into a message: text and numbers as they are, a `term` translated from the catalogue
 * (a state such as `convened`), a list written the language's way (`anyOf`: "a, b or c").
 */
export type MessageParam =
  | string
  | number
  | { readonly term: MessageCode }
  | { readonly anyOf: readonly MessageParam[] }
  | { readonly allOf: readonly MessageParam[] };
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** Whether a text is a code of the catalogues (class-validator hands us plain strings). */
export function isMessageCode(text: string): text is MessageCode {
  return Object.prototype.hasOwnProperty.call(en, text);
}

/** The catalogue term for an enumerated value (`meeting_status.planned`), or the value itself when there is none. */
export function termOf(prefix: string, value: string): MessageParam {
  const code = `${prefix}.${value}`;
  return isMessageCode(code) ? { term: code } : value;
}

function render(value: MessageParam, language: Language): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('term' in value) return translate(value.term, {}, language);
  const items = 'anyOf' in value ? value.anyOf : value.allOf;
  const type = 'anyOf' in value ? 'disjunction' : 'conjunction';
  return new Intl.ListFormat(language, { type }).format(items.map((item) => render(item, language)));
}

// `{name}`, or `{name|one|other}`: a number followed by the word its language's plural rules choose.
const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;
const pluralRules = new Map<Language, Intl.PluralRules>();

/** `one` or `other`, as `language` counts `n` (French: 0 and 1 are singular; English: only 1). */
function pluralOf(n: number, language: Language, one: string, other: string): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(n) === 'one' ? one : other;
}

/**
 * The message of `code` in `language`, its placeholders filled from `params`: `{name}` with the
 * value, `{name|word|words}` with the number and the word in the right form (« 1 jour », « 3 jours »).
 */
export function translate(
  code: MessageCode,
  params: MessageParams = {},
  language: Language = DEFAULT_LANGUAGE,
): string {
  const template = CATALOGUES[language][code] ?? en[code] ?? code;
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const text = render(params[name], language);
    return one === undefined || other === undefined ? text : `${text} ${pluralOf(Number(text), language, one, other)}`;
  });
}

/** The names of the placeholders of a template, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/**
 * The language to answer in, from an `Accept-Language` header (RFC 9110: tags with q-values): the
 * spoken language with the highest weight, the earlier on a tie; French when none is spoken or no
 * header is given. `*` stands for any language, so for French.
 */
export function negotiateLanguage(header: string | readonly string[] | undefined): Language {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: { language: Language; q: number } | undefined;
  for (const part of (text as string).split(',')) {
    const [tag, ...parameters] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    const qParameter = parameters.map((p) => p.trim()).find((p) => /^q=/i.test(p));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    const language = primary === '*' ? DEFAULT_LANGUAGE : LANGUAGES.find((l) => l === primary);
    if (language !== undefined && (best === undefined || q > best.q)) best = { language, q };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}
