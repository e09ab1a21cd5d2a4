import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = join(__dirname, '../../apps/web/src/locales');

/** Every string of a catalogue by its dotted key, plural forms (`_one`, `_other`, …) folded into one key. */
function strings(language: string, namespace: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const key = path.replace(/_(zero|one|two|few|many|other)$/, '');
      found.set(key, [...(found.get(key) ?? []), value]);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')), '');
  return found;
}

const placeholders = (texts: string[]) => [...new Set(texts.flatMap((t) => t.match(/{{\s*[\w.]+/g) ?? []))].sort();
const namespaces = readdirSync(join(LOCALES, 'fr')).map((file) => file.replace(/\.json$/, ''));

describe("the web app's catalogues", () => {
  it('hold the same namespaces in French and English', () => {
    expect(readdirSync(join(LOCALES, 'en')).sort()).toEqual(readdirSync(join(LOCALES, 'fr')).sort());
  });

  it.each(namespaces)('give every %s text in both languages, with the same placeholders', (namespace) => {
    const fr = strings('fr', namespace);
    const en = strings('en', namespace);
    expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
    for (const [key, texts] of fr) expect([key, placeholders(en.get(key)!)]).toEqual([key, placeholders(texts)]);
  });

  it.each(namespaces)(
    'write %s in French with typographic apostrophes and no-break spaces before : ; ? ! and inside « »',
    (namespace) => {
      for (const [key, texts] of strings('fr', namespace)) {
        for (const text of texts) expect([key, text]).not.toEqual([key, expect.stringMatching(/'| [:;?!]|« | »/)]);
      }
    },
  );

  // Screen readers spell out « Présent·e » or « seul(e) » letter by letter: French texts use words that
  // need neither a point médian nor a bracketed ending (plurals have their own forms, `_one`/`_other`).
  it.each(namespaces)('write %s in French without the point médian or bracketed endings', (namespace) => {
    for (const [key, texts] of strings('fr', namespace)) {
      for (const text of texts) {
        expect([key, text]).not.toEqual([key, expect.stringMatching(/\p{L}·\p{L}|\p{L}\((e|s|es|x)\)/u)]);
      }
    }
  });
});
