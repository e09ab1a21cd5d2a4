import { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuiltWorkers } from '../harness/built-worker';
import { startTestApp, TestApp } from '../harness/test-app';
import { waitFor } from '../harness/wait';
import { aHeldMeeting, ClosedMeeting, versionReaching, workerEnv } from './minutes-stack';

describe('the worker killed during a render', () => {
  let t: TestApp;
  let held: ClosedMeeting;
  let gate: string;
  let workers: BuiltWorkers;

  /** The built worker as its own process, as production runs it. */
  function startBuiltWorker(env: Record<string, string> = {}): ChildProcess {
    return workers.start({ ...workerEnv(t), ...env });
  }

  beforeAll(async () => {
    workers = new BuiltWorkers();
    gate = mkdtempSync(join(tmpdir(), 'quorum-render-gate-'));
    t = await startTestApp();
    held = await aHeldMeeting(t);
  }, 60_000);
  afterAll(async () => {
    workers?.killAll();
    await t.close();
    rmSync(gate, { recursive: true, force: true });
  });

  it('renders the version once after a restart: one PDF stored, one completion recorded', async () => {
    // The first worker stops at the gate mid-render (status `rendering`, job locked), and is killed there.
    const first = startBuiltWorker({ QUORUM_TEST_RENDER_GATE: gate });
    const accepted = await t.admin.post(`/meetings/${held.meetingId}/minutes/render`);
    expect(accepted.status).toBe(202);
    const versionId: string = accepted.body.id;
    await waitFor(
      'the render to start',
      async () => existsSync(join(gate, `${versionId}.started`)) || undefined,
      30_000,
    );
    await versionReaching(t, held.meetingId, 1, 'rendering');
    const exited = new Promise((done) => first.once('exit', done));
    first.kill('SIGKILL');
    await exited;

    // A new worker takes the job up again once the dead one's lock has expired.
    writeFileSync(join(gate, `${versionId}.go`), '');
    startBuiltWorker({ QUORUM_TEST_RENDER_GATE: gate });
    const rendered = await versionReaching(t, held.meetingId, 1, 'rendered', 60_000);

    const pdfs = await t.sql(`SELECT sha256 FROM minutes_pdfs WHERE version_id = $1`, [versionId]);
    expect(pdfs).toEqual([{ sha256: rendered.sha256 }]);
    const events = await t.sql(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [versionId]);
    expect(events.map((e) => e.action)).toEqual(['minutes.render', 'minutes.rendering', 'minutes.rendered']);
  }, 90_000);
});
