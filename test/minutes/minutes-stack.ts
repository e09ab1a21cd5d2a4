import { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@quorum/config';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createWorker } from '../../apps/worker/src/create-worker';
import { aConvenedMeeting, aPerson, appoint, openOnItsDay, theGramBody } from '../harness/fixtures';
import { TestApp } from '../harness/test-app';
import { serverUrls } from '../harness/test-run';
import { waitFor } from '../harness/wait';

const run = promisify(execFile);

/** The worker's configuration for a test app: same database and Redis prefix, the real Redis. */
export function workerEnv(t: TestApp): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: t.config.database.url,
    REDIS_URL: serverUrls().redis,
    REDIS_PREFIX: t.config.redis.prefix,
    // The test app's own data folder: one audit checkpoint for the API and the worker.
    DATA_DIR: t.config.database.dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  };
}

/** The real worker, in this process, on the test app's database and queues. */
export function startWorker(t: TestApp): Promise<INestApplicationContext> {
  return createWorker(loadConfig(workerEnv(t)));
}

/** People with the accents French names carry, so the PDF's text can be checked for them. */
export const NAMES = {
  chair: 'Hélène Lefèvre-Dupré',
  association: ['François Nœlle', 'Zoé Çelik', 'Maëlle Œuvray'],
  researcher: ['Jérôme Bénard', 'Agnès Müller'],
  administration: ['Cécile Fontaine'],
};

export interface ClosedMeeting {
  meetingId: string;
  bodyId: string;
  agendaItemIds: string[];
  membershipIds: Record<string, string>;
}

/**
 * A GRAM meeting held and closed: a chair, members of each college (some excused, one with a
 * proxy), a guest, an agenda of `items` decision items (plus the standard approval item).
 */
export async function aHeldMeeting(
  t: TestApp,
  options: { items?: number; days?: number } = {},
): Promise<ClosedMeeting> {
  const gram = await theGramBody(t);
  const startDate = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const membershipIds: Record<string, string> = {};
  const seat = async (fullName: string, category: string, role: 'chair' | 'member' = 'member') => {
    const person = await aPerson(t, { fullName, organisation: `Association ${fullName.split(' ')[1]}` });
    const response = await appoint(t, gram.id, { personId: person.id, category, startDate, role });
    if (response.status !== 201) throw new Error(`Could not appoint ${fullName}: ${response.text}`);
    membershipIds[fullName] = response.body.id;
  };
  if (!(await t.sql(`SELECT 1 FROM memberships WHERE role = 'chair'`)).length) {
    await seat(NAMES.chair, 'association', 'chair');
    for (const [category, names] of Object.entries(NAMES).filter(([k]) => k !== 'chair')) {
      for (const name of names as string[]) await seat(name, category);
    }
  }
  const meeting = await aConvenedMeeting(t, gram.id, options.days ?? 30);
  const extra = (options.items ?? 1) - 1;
  // Items can be added to a convened agenda only through a new publication; add them before opening.
  for (let i = 0; i < extra; i++) {
    await t.admin.post(`/meetings/${meeting.id}/agenda/items`, {
      title: `Point ${i + 2} : avis n° ${i + 2}`,
      kind: 'decision',
    });
  }
  if (extra > 0) await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, { changeNote: 'Points ajoutés' });
  const ids = Object.fromEntries(
    (await t.sql(`SELECT m.id, p.full_name FROM memberships m JOIN people p ON p.id = m.person_id`)).map((r) => [
      r.full_name,
      r.id,
    ]),
  );
  const attend = (name: string, body: Record<string, unknown>) =>
    t.admin.put(`/meetings/${meeting.id}/attendance/${ids[name]}`, body);
  for (const name of [NAMES.chair, NAMES.association[0], NAMES.association[1], ...NAMES.researcher]) {
    await attend(name, { status: 'present' });
  }
  await attend(NAMES.association[2], { status: 'excused', proxyHolderMembershipId: ids[NAMES.association[0]] });
  await attend(NAMES.administration[0], { status: 'remote' });
  await t.admin.post(`/meetings/${meeting.id}/guests`, { fullName: 'Dr Anaïs Garçon', organisation: 'ANSM' });
  expect((await openOnItsDay(t, meeting)).status).toBe(200);
  expect((await t.admin.post(`/meetings/${meeting.id}/close`, {})).status).toBe(200);
  const agenda = await t.admin.get(`/meetings/${meeting.id}/agenda`);
  return {
    meetingId: meeting.id,
    bodyId: gram.id,
    agendaItemIds: agenda.body.items.map((i: { id: string }) => i.id),
    membershipIds: ids,
  };
}

type Version = {
  id: string;
  version: number;
  status: string;
  sha256: string | null;
  pages: number | null;
  error: string | null;
};

/** Waits until a version reaches `status` (or fails), as the API reports it. */
export function versionReaching(
  t: TestApp,
  meetingId: string,
  version: number,
  status: string,
  deadlineMs = 30_000,
): Promise<Version> {
  return waitFor(
    `version ${version} to be ${status}`,
    async () => {
      const list = await t.admin.get(`/meetings/${meetingId}/minutes`);
      const found = (list.body as Version[]).find((v) => v.version === version);
      if (found?.status === 'failed' && status !== 'failed')
        throw new Error(`Version ${version} failed: ${found.error}`);
      return found?.status === status ? found : undefined;
    },
    deadlineMs,
  );
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Runs a poppler tool on PDF bytes and returns its standard output. */
export async function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo', pdf: Buffer): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'quorum-minutes-'));
  try {
    const file = join(dir, 'minutes.pdf');
    writeFileSync(file, pdf);
    const args = tool === 'pdftotext' ? ['-layout', '-enc', 'UTF-8', file, '-'] : [file];
    return (await run(tool, args, { maxBuffer: 32 * 1024 * 1024 })).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Minutes in every state a route needs, without a worker (for the access matrix): a closed meeting
 * whose version 1 is approved with its copies stored, and another whose version 1 is rendered.
 * The PDFs are placeholders written by SQL: what is checked there is who reaches the handlers.
 */
export async function minutesInEveryState(
  t: TestApp,
  bodyId: string,
  days: [number, number],
): Promise<{ approvedMeetingId: string; approvedVersionId: string; renderedMeetingId: string }> {
  const closed = async (inDays: number) => {
    const meeting = await aConvenedMeeting(t, bodyId, inDays);
    await openOnItsDay(t, meeting);
    await t.admin.post(`/meetings/${meeting.id}/close`, {});
    const version = await t.admin.post(`/meetings/${meeting.id}/minutes/render`, {});
    if (version.status !== 202) throw new Error(`Could not render: ${version.text}`);
    const placeholder = Buffer.from('%PDF-1.7 placeholder');
    const store = (copy: string) =>
      t.sql(`INSERT INTO minutes_pdfs (version_id, copy, pdf, pages, sha256) VALUES ($1, $2, $3, 1, $4)`, [
        version.body.id,
        copy,
        placeholder,
        sha256(placeholder),
      ]);
    await t.sql(`UPDATE minutes_versions SET status = 'rendered', pages = 1, sha256 = $2 WHERE id = $1`, [
      version.body.id,
      sha256(placeholder),
    ]);
    await store('rendered');
    return { meetingId: meeting.id, versionId: version.body.id as string, store };
  };
  const approved = await closed(days[0]);
  await t.sql(
    `UPDATE minutes_versions SET status = 'approved', approved_pages = 1, approved_sha256 = sha256, approval = $2 WHERE id = $1`,
    [
      approved.versionId,
      {
        meetingId: approved.meetingId,
        meetingTitle: 'Séance',
        meetingStartsAt: new Date().toISOString(),
        chair: 'X',
        approvedBy: approved.meetingId,
        approvedAt: new Date().toISOString(),
      },
    ],
  );
  await approved.store('approved');
  await approved.store('public');
  const rendered = await closed(days[1]);
  return {
    approvedMeetingId: approved.meetingId,
    approvedVersionId: approved.versionId,
    renderedMeetingId: rendered.meetingId,
  };
}
