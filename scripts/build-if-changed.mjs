/* global process, console */
// `npm start` and `npm test` call this first: it builds only when a source is newer than the last
// build (or there is none yet, as on a fresh clone), so an unchanged tree starts in a second.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const SOURCES = ['apps', 'libs', 'scripts'];
const FILES = ['package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];

/** Newest modification time under a path; folders count too, so a deleted file is a change. */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry !== 'node_modules' && entry !== 'dist') latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const sourcesChangedAt = Math.max(...[...SOURCES, ...FILES].map((p) => newest(join(root, p))));
const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (builtAt > sourcesChangedAt && process.env.QUORUM_FORCE_BUILD !== '1') {
  console.log('[build] dist/ is up to date');
} else {
  const startedAt = Date.now();
  console.log('[build] sources changed since the last build: building');
  execFileSync(process.execPath, [join(root, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  // The stamp takes the time the build started: a source saved during the build triggers the next one.
  writeFileSync(stamp, '');
  utimesSync(stamp, new Date(startedAt), new Date(startedAt));
  console.log(`[build] built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
}
