import 'reflect-metadata';
import { dataSourceOptions, FixedClock, Repositories, UnitOfWork } from '@quorum/db';
import { ConflictError } from '@quorum/domain';
import { DataSource } from 'typeorm';
import { anchorTestAuditChain } from '../harness/audit-anchor';
import { createTestDatabase } from '../harness/test-app';

/**
 * Medium tests: the unit of work and the repositories on a copy of the migrated template, without
 * HTTP. Everything a service relies on when it writes: all or nothing, audited, errors by constraint.
 */
describe('the unit of work', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;
  let repos: Repositories;
  const clock = new FixedClock(new Date('2027-03-11T13:00:00Z'));

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 'unit-of-work-test')).initialize();
    anchorTestAuditChain(dataSource);
    unitOfWork = new UnitOfWork(dataSource, clock);
    repos = new Repositories(dataSource.manager);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const auditOf = (entityId: string) =>
    dataSource.query(`SELECT action, at, after FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [entityId]);

  it('commits the change with its audit event, stamped with the clock’s time', async () => {
    const person = await unitOfWork.run(null, async ({ repos, now, audit }) => {
      const created = await repos.people.create({ fullName: 'Alice', email: null, organisation: null });
      audit({
        action: 'person.create',
        entityType: 'person',
        entityId: created.id,
        after: { fullName: 'Alice' },
        before: null,
      });
      expect(now).toEqual(clock.now());
      return created;
    });
    expect((await repos.people.get(person.id)).fullName).toBe('Alice');
    const [event] = await auditOf(person.id);
    expect(event).toMatchObject({ action: 'person.create', after: { fullName: 'Alice' } });
    expect(new Date(event.at)).toEqual(clock.now());
  });

  it('keeps neither the change nor its audit event when the work fails', async () => {
    let id = '';
    await expect(
      unitOfWork.run(null, async ({ repos, audit }) => {
        id = (await repos.people.create({ fullName: 'Bob', email: null, organisation: null })).id;
        audit({ action: 'person.create', entityType: 'person', entityId: id, after: { fullName: 'Bob' } });
        throw new Error('the rule said no');
      }),
    ).rejects.toThrow('the rule said no');
    await expect(repos.people.find(id)).resolves.toBeNull();
    expect(await auditOf(id)).toEqual([]);
  });

  it('turns a unique violation into the conflict its constraint names, field included', async () => {
    const create = () =>
      unitOfWork.run(null, ({ repos }) =>
        repos.people.create({ fullName: 'Twin', email: 'twin@example.org', organisation: null }),
      );
    await create();
    const refusal = await create().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as ConflictError).details).toEqual([
      expect.objectContaining({ field: 'email', code: 'person.email_taken' }),
    ]);
  });
});

describe('memberships.sittingOn', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  let repos: Repositories;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 'sitting-on-test')).initialize();
    repos = new Repositories(dataSource.manager);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('counts a mandate from its first day to its last, inclusive, and not the day before or after', async () => {
    const [gram] = await repos.bodies.list();
    const person = await repos.people.create({ fullName: 'Claire', email: null, organisation: null });
    await repos.memberships.create({
      bodyId: gram.id,
      personId: person.id,
      category: 'association',
      role: 'member',
      startDate: '2027-01-01',
      endDate: '2027-06-30',
      endReason: null,
    });
    const sits = async (date: string) => (await repos.memberships.sittingOn(gram.id, date)).map((m) => m.fullName);
    expect(await sits('2026-12-31')).toEqual([]);
    expect(await sits('2027-01-01')).toEqual(['Claire']);
    expect(await sits('2027-06-30')).toEqual(['Claire']);
    expect(await sits('2027-07-01')).toEqual([]);
    expect((await repos.memberships.list(gram.id, '2027-03-01')).map((m) => m.person?.fullName)).toEqual(['Claire']);
  });
});
