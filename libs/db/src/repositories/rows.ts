import { EntityManager, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Hand-written statements for the hottest reads (the agenda, the attendance sheet, meetings lists).
 * TypeORM spends more CPU building a query and hydrating its entities than PostgreSQL spends
 * answering it (≈ 0.1–0.3 ms per statement, profiled with `BENCH_MODE=profile npm run bench:reads`).
 * These helpers keep the entities without that cost: an entity's select list, written once from
 * TypeORM's own metadata (a column added to the entity is read too), and rows put back into
 * entities with the values TypeORM would give them. (Instants stay text parsed by pg: read as epoch
 * milliseconds they cost PostgreSQL about as much CPU, numeric arithmetic, as they save Node.)
 */

// Column types whose value pg's own parsers give as TypeORM hydrates it; a `date` is read as text.
const READABLE = new Set([
  'uuid',
  'varchar',
  'character varying',
  'text',
  'boolean',
  'smallint',
  'integer',
  'int',
  'bigint',
  'jsonb',
  'json',
  'timestamptz',
  'timestamp with time zone',
  'date',
]);

// By entity class: the naming strategy is one for the whole app, so the columns are too.
const cache = new WeakMap<object, { columns: ColumnMetadata[]; texts: Map<string, unknown> }>();

/** How a column is read: a date as text (TypeORM's `YYYY-MM-DD`), anything else as pg parses it. */
function selected(alias: string, column: ColumnMetadata): string {
  const name = `${alias}.${column.databaseName}`;
  return column.type === 'date' ? `${name}::text` : name;
}

function metadataOf(manager: EntityManager, entity: new () => ObjectLiteral) {
  let entry = cache.get(entity);
  if (!entry) {
    const metadata = manager.connection.getMetadata(entity);
    const columns = metadata.columns.filter((column) => !column.isVirtual);
    for (const column of columns) {
      if (column.transformer || !READABLE.has(String(column.type))) {
        throw new Error(`rows.ts cannot read ${metadata.name}.${column.propertyPath} (${column.type}) as TypeORM does`);
      }
    }
    entry = { columns, texts: new Map() };
    cache.set(entity, entry);
  }
  return entry;
}

function memo<T>(texts: Map<string, unknown>, key: string, make: () => T): T {
  if (!texts.has(key)) texts.set(key, make());
  return texts.get(key) as T;
}

/**
 * The select list of every column of `entity` read from `alias`: `m.id AS "id", …`; with a `prefix`,
 * `m.id AS "m.id", …`, for a row that holds two entities.
 */
export function columnsOf(manager: EntityManager, entity: new () => ObjectLiteral, alias: string, prefix = ''): string {
  const { columns, texts } = metadataOf(manager, entity);
  return memo(texts, `select|${alias}|${prefix}`, () =>
    columns.map((c) => `${selected(alias, c)} AS "${prefix}${c.propertyPath}"`).join(', '),
  );
}

/** The entity a row holds (selected with `columnsOf` and the same prefix), as TypeORM hydrates it. */
export function entityOf<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  row: Record<string, unknown>,
  prefix = '',
): T {
  const { columns, texts } = metadataOf(manager, entity);
  const fields = memo(texts, prefix ? `fields|${prefix}` : 'fields', () =>
    columns.map((c) => [`${prefix}${c.propertyPath}`, c.propertyPath] as const),
  );
  const made: ObjectLiteral = new entity();
  for (let i = 0; i < fields.length; i += 1) made[fields[i][1]] = row[fields[i][0]];
  return made as T;
}
