import type { EntityManager } from 'typeorm';

const CHUNK_ROWS = 20_000;

/**
 * Inserts many rows in a few statements: each column travels as one array parameter and
 * is unnested, so 10,000 rows cost one round trip, not 10,000.
 */
export async function bulkInsert<Row extends Record<string, unknown>>(
  manager: EntityManager,
  table: string,
  columns: { [K in keyof Row]: string },
  rows: readonly Row[],
  onConflict = '',
  returning = '',
): Promise<Record<string, unknown>[]> {
  const names = Object.keys(columns) as (keyof Row & string)[];
  const returned: Record<string, unknown>[] = [];
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const params = names.map((name) => chunk.map((row) => row[name] ?? null));
    const unnest = names.map((name, index) => `$${index + 1}::${columns[name]}[]`).join(', ');
    const sql = `INSERT INTO ${table} (${names.map(snakeCase).join(', ')})
      SELECT * FROM unnest(${unnest}) ${onConflict} ${returning ? `RETURNING ${returning}` : ''}`;
    const result = await manager.query(sql, params);
    if (returning) returned.push(...result);
  }
  return returned;
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
