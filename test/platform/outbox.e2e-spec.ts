import 'reflect-metadata';
import { dataSourceOptions, FixedClock, OutboxBatches, OutboxSignal, UnitOfWork } from '@quorum/db';
import { ConflictError } from '@quorum/domain';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../harness/test-app';

/** Medium tests of the transactional outbox: a message exists if and only if its change commits. */
describe('the outbox', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;
  let batches: OutboxBatches;
  const signal = new OutboxSignal();
  const clock = new FixedClock(new Date('2027-03-11T13:00:00Z'));
  const message = (jobId: string) => ({
    queue: 'minutes',
    name: 'render',
    jobId,
    payload: { minutesVersionId: jobId },
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 'outbox-test')).initialize();
    unitOfWork = new UnitOfWork(dataSource, clock, signal);
    batches = new OutboxBatches(dataSource, clock);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('writes the message with the change, and rings the relay after the commit', async () => {
    let rung = 0;
    const stop = signal.listen(() => rung++);
    await unitOfWork.run(null, async ({ outbox }) => outbox(message('a')));
    stop();
    expect(rung).toBe(1);
    expect(await dataSource.query(`SELECT job_id, sent_at FROM outbox`)).toEqual([{ job_id: 'a', sent_at: null }]);
  });

  it('writes nothing when the change rolls back', async () => {
    await expect(
      unitOfWork.run(null, async ({ outbox }) => {
        outbox(message('b'));
        throw new ConflictError('ballot.already_voted');
      }),
    ).rejects.toThrow(ConflictError);
    expect(await dataSource.query(`SELECT job_id FROM outbox WHERE job_id = 'b'`)).toEqual([]);
  });

  it('keeps the rows unsent when sending fails, and marks them sent once it succeeds', async () => {
    await expect(batches.relay(10, () => Promise.reject(new Error('Redis is away')))).rejects.toThrow('Redis is away');
    expect(await batches.countUnsent()).toBe(1);
    const sent: string[] = [];
    expect(await batches.relay(10, async (messages) => void sent.push(...messages.map((m) => m.jobId)))).toBe(1);
    expect(sent).toEqual(['a']);
    expect(await batches.countUnsent()).toBe(0);
  });

  it('lets two relays work side by side without claiming the same row', async () => {
    for (const id of ['c', 'd', 'e']) await unitOfWork.run(null, async ({ outbox }) => outbox(message(id)));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = batches.relay(2, () => held);
    // The second relay skips the rows the first holds and takes what is left.
    const seen: string[] = [];
    await waitForLocks(dataSource);
    await batches.relay(10, async (messages) => void seen.push(...messages.map((m) => m.jobId)));
    release();
    await first;
    expect(seen).toEqual(['e']);
    expect(await batches.countUnsent()).toBe(0);
  });
});

/** Waits until a transaction holds row locks on the outbox (the first relay has claimed its batch). */
async function waitForLocks(dataSource: DataSource): Promise<void> {
  for (;;) {
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'outbox' AND l.mode = 'RowShareLock'`,
    );
    if (n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
