import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, TestApp } from '../harness/test-app';

const SCHEMA_FILE = join(__dirname, '../../apps/web/src/api/schema.d.ts');
const CLI = join(__dirname, '../../node_modules/openapi-typescript/bin/cli.js');
const HEADER =
  "// Generated from the API's OpenAPI document by `npm run web:client`; do not edit.\n" +
  '// test/web/api-client.e2e-spec.ts fails when the API and this file disagree.\n\n';

/** The web app's types, generated from the running API's OpenAPI document. */
async function generatedSchema(t: TestApp): Promise<string> {
  const document = await t.http.get('/docs-json');
  // openapi-typescript is run as its CLI, in plain Node: its ES-module dependencies stay out of jest.
  const dir = mkdtempSync(join(tmpdir(), 'quorum-openapi-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), document.text);
    await promisify(execFile)(process.execPath, [CLI, 'openapi.json', '--alphabetize', '-o', 'schema.d.ts'], {
      cwd: dir,
    });
    return HEADER + readFileSync(join(dir, 'schema.d.ts'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the web app's API client", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the OpenAPI document the API serves (run `npm run web:client` after changing the API)', async () => {
    const generated = await generatedSchema(t);
    if (process.env.UPDATE_API_CLIENT === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
