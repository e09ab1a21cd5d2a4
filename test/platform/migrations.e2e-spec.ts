import 'reflect-metadata';
import { dataSourceOptions } from '@quorum/db';
import { GramLabelApostrophe1795669200000 } from '@quorum/db/migrations/1795669200000-GramLabelApostrophe';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../harness/test-app';

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 'quorum-test-migrations')).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('leave the schema exactly as the entities describe it (no change is missing a migration)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can all be reverted, then applied again', async () => {
    for (let i = 0; i < dataSource.migrations.length; i += 1) await dataSource.undoLastMigration();
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(n).toBe(0);
    const applied = await dataSource.runMigrations();
    expect(applied).toHaveLength(dataSource.migrations.length);
  });

  it("writes GRAM's seeded label with typographic apostrophes, and leaves alone a label the admin rewrote", async () => {
    const label = async () =>
      (
        await dataSource.query(
          `SELECT c->>'label' AS label FROM bodies, jsonb_array_elements(categories) c
            WHERE slug = 'gram' AND c->>'code' = 'administration'`,
        )
      )[0].label as string;
    const migration = new GramLabelApostrophe1795669200000();
    const runner = dataSource.createQueryRunner();
    try {
      expect(await label()).toBe('Représentants de l’administration de l’Inserm');
      await migration.down(runner);
      expect(await label()).toBe("Représentants de l'administration de l'Inserm");
      await migration.up(runner);
      expect(await label()).toBe('Représentants de l’administration de l’Inserm');

      await dataSource.query(
        `UPDATE bodies SET categories = jsonb_set(categories, '{2,label}', '"Administration de l''Inserm"') WHERE slug = 'gram'`,
      );
      await migration.up(runner);
      expect(await label()).toBe("Administration de l'Inserm");
    } finally {
      await runner.release();
    }
  });
});
