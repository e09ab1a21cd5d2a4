import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WEB = join(__dirname, '../../dist/web');
const BUDGET_BYTES = 200 * 1024;

/** The JS and CSS a first visit downloads: what index.html links, and the chunks the entry imports statically. */
function firstLoadFiles(): string[] {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/app\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) {
      const code = readFileSync(join(WEB, 'assets', file), 'utf8');
      // Static imports only (`import … from "./x.js"`); `import("./x.js")` is a later, lazy load.
      for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g))
        queue.push(m[1]);
    }
  }
  return [...seen];
}

describe('the web bundle', () => {
  beforeAll(() => {
    if (!existsSync(join(WEB, 'index.html'))) throw new Error('Build first: npm run build');
  });

  it('downloads at most 200 kB of JS and CSS, compressed, on a first visit', () => {
    const files = firstLoadFiles();
    const bytes = files.reduce((sum, file) => sum + statSync(join(WEB, 'assets', `${file}.gz`)).size, 0);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('loads each page in its own chunk, not with the first visit', () => {
    const pages = readdirSync(join(WEB, 'assets')).filter((f) => /-page-[\w-]+\.js$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(firstLoadFiles().filter((f) => pages.includes(f))).toEqual([]);
  });

  it('ships a brotli and a gzip copy of every script and style sheet', () => {
    const assets = readdirSync(join(WEB, 'assets'));
    for (const file of assets.filter((f) => /\.(js|css)$/.test(f))) {
      expect(assets).toEqual(expect.arrayContaining([`${file}.br`, `${file}.gz`]));
    }
  });
});
