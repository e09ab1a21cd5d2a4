import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** One page of a query's rows, and whether more follow: the query asks for one row past the page. */
export async function onePage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: { limit: number; offset: number },
): Promise<{ items: T[]; more: boolean }> {
  const rows = await query
    .limit(page.limit + 1)
    .offset(page.offset)
    .getMany();
  return { items: rows.slice(0, page.limit), more: rows.length > page.limit };
}
