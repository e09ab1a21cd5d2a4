import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** One forbidden import each: a probe file written into the tree, and the rule that must refuse it. */
const PROBES = [
  { file: 'libs/domain/src/boundary-probe.ts', imports: '@quorum/db', rule: 'domain-is-pure' },
  { file: 'libs/domain/src/boundary-probe-luxon.ts', imports: 'luxon', rule: 'domain-is-pure' },
  {
    file: 'libs/db/src/boundary-probe.ts',
    imports: '../../../apps/api/src/common/reject-nulls',
    rule: 'libs-never-import-apps',
  },
  {
    file: 'apps/worker/src/boundary-probe.ts',
    imports: '../../api/src/common/reject-nulls',
    rule: 'worker-never-imports-api',
  },
  {
    file: 'apps/api/src/meetings/boundary-probe.ts',
    imports: '../attendance/attendance.service',
    rule: 'features-meet-through-libs',
  },
  {
    file: 'apps/api/src/agenda/boundary-probe.ts',
    imports: '../meetings/dto/meeting.response',
    rule: 'features-meet-through-libs',
  },
  { file: 'apps/api/src/common/boundary-probe-a.ts', imports: './boundary-probe-b', rule: 'no-circular' },
  { file: 'apps/api/src/common/boundary-probe-b.ts', imports: './boundary-probe-a', rule: 'no-circular' },
];

/** Imports the rules allow, so that a rule refusing everything would fail this test too. */
const ALLOWED = [
  { file: 'apps/api/src/people/boundary-probe-allowed.ts', imports: '../common/reject-nulls' },
  { file: 'apps/api/src/bodies/boundary-probe-allowed.ts', imports: '../auth/authenticated-user' },
  { file: 'libs/db/src/boundary-probe-allowed.ts', imports: '@quorum/domain' },
];

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  /** For a cycle: every module on it (the cycle is reported once, from one of them). */
  cycle?: { name: string }[];
}

const concerns = (file: string) => (v: Violation) => v.from === file || !!v.cycle?.some((c) => c.name === file);

describe('boundaries (npm run lint:boundaries)', () => {
  const files = [...PROBES, ...ALLOWED];
  let violations: Violation[];

  beforeAll(() => {
    for (const { file, imports } of files) {
      writeFileSync(join(ROOT, file), `import * as probe from '${imports}';\nexport const used = probe;\n`);
    }
    try {
      const run = spawnSync(
        join(ROOT, 'node_modules/.bin/depcruise'),
        ['--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...files.map((f) => f.file)],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      violations = JSON.parse(run.stdout).summary.violations;
    } finally {
      for (const { file } of files) rmSync(join(ROOT, file), { force: true });
    }
  }, 120_000);

  it.each(PROBES)('refuses $file importing $imports ($rule)', ({ file, rule }) => {
    expect(violations.filter(concerns(file)).map((v) => v.rule.name)).toContain(rule);
  });

  it.each(ALLOWED)('lets $file import $imports', ({ file }) => {
    expect(violations.filter(concerns(file))).toEqual([]);
  });
});
