import { readdir, readFile, rm } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_ADMIN } from '@quorum/config';
import { simpleParser } from 'mailparser';
import { HttpClient } from '../harness/http-client';
import { Launcher, startLauncher } from '../harness/launcher';
import { databaseUrl, DB_PREFIX, redisPrefix, runId } from '../harness/test-run';
import { waitFor } from '../harness/wait';

describe('npm start without SMTP', () => {
  let launcher: Launcher;
  const dataDir = mkdtempSync(join(tmpdir(), 'quorum-eml-'));

  beforeAll(async () => {
    launcher = await startLauncher({
      DATABASE_URL: databaseUrl(`${DB_PREFIX}${runId()}_eml`),
      REDIS_PREFIX: `${redisPrefix(runId())}-eml`,
      DATA_DIR: dataDir,
      SMTP_URL: undefined,
      LOG_LEVEL: 'info',
    });
    await launcher.waitHealthy(90_000);
  }, 100_000);
  afterAll(async () => {
    await launcher.stop('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes each convocation as a readable .eml file under DATA_DIR/outbox and logs where', async () => {
    const login = await launcher.http.post('/auth/login', DEVELOPMENT_ADMIN);
    const admin: HttpClient = launcher.http.as(login.body.accessToken);
    const gram = (await admin.get('/bodies')).body.find((b: { slug: string }) => b.slug === 'gram');
    const person = await admin.post('/people', {
      fullName: 'Zoé Çelik',
      email: 'zoe@example.org',
      organisation: 'AFM',
    });
    const startDate = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await admin.post(`/bodies/${gram.id}/memberships`, {
      personId: person.body.id,
      category: 'association',
      startDate,
    });
    const meeting = await admin.post(`/bodies/${gram.id}/meetings`, {
      title: 'Séance extraordinaire',
      startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    await admin.post(`/meetings/${meeting.body.id}/agenda/items`, { title: 'Avis', kind: 'decision' });
    await admin.post(`/meetings/${meeting.body.id}/agenda/publish`, {});
    expect((await admin.post(`/meetings/${meeting.body.id}/convene`, {})).status).toBe(200);

    const outbox = join(dataDir, 'outbox');
    const files = await waitFor(
      'an .eml file',
      async () => {
        const names = await readdir(outbox).catch(() => [] as string[]);
        const eml = names.filter((n) => n.endsWith('.eml'));
        return eml.length ? eml : undefined;
      },
      60_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- launcher output ---\n${launcher.output()}`);
    });
    const mail = await simpleParser(await readFile(join(outbox, files[0])));
    expect(mail.subject).toMatch(/^Convocation : Séance extraordinaire/);
    expect(mail.to).toMatchObject({ value: [{ address: 'zoe@example.org' }] });
    expect(mail.attachments.some((a) => a.contentType === 'text/calendar')).toBe(true);
    expect(launcher.output()).toContain(join(outbox, files[0]));
  }, 120_000);
});
