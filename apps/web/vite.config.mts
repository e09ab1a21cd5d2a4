import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const OUT_DIR = join(import.meta.dirname, '../../dist/web');

/** Writes .br and .gz next to every text asset, so the API sends them without compressing per request. */
function precompress(): Plugin {
  return {
    name: 'quorum-precompress',
    apply: 'build',
    closeBundle() {
      const assets = join(OUT_DIR, 'assets');
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css|svg|json)$/.test(name)) continue;
        const bytes = readFileSync(join(assets, name));
        writeFileSync(join(assets, `${name}.gz`), gzipSync(bytes, { level: 9 }));
        writeFileSync(
          join(assets, `${name}.br`),
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // Client routes and assets live under /app: the API's routes own the root.
  base: '/app/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [precompress()],
  // Lightning CSS (shipped with Vite) handles the CSS modules, `composes` included.
  css: { transformer: 'lightningcss' },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: {
      // Libraries mark their modules "use client" for server renderers; this app renders in the browser only.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // `npm run web:dev`: the API on :3000 answers everything outside /app.
  server: { proxy: { '^/(?!app(/|$)|@|src/|node_modules/).*': 'http://127.0.0.1:3000' } },
});
