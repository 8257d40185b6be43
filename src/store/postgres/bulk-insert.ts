import type pg from 'pg';

/** A column of a bulk insert: its name, and the SQL type its values are sent as. */
export interface BulkColumn {
  name: string;
  type: 'text' | 'int' | 'float8' | 'bool' | 'json' | 'jsonb';
}

/**
 * Inserts many rows in one statement: each column travels as one array parameter and `unnest` turns them back
 * into rows, so a batch of any size costs one round trip and one plan (JSON travels as text and is cast).
 * `bulkInsert(client, 'agreements', columns, rows, 'ON CONFLICT DO NOTHING RETURNING id')`.
 */
export async function bulkInsert<R extends pg.QueryResultRow = pg.QueryResultRow>(
  client: pg.ClientBase,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
  suffix = '',
): Promise<R[]> {
  if (rows.length === 0) return [];
  const arrays = columns.map((_, i) => rows.map((row) => row[i] ?? null));
  const sent = columns.map(({ type }, i) => {
    const element = type === 'json' || type === 'jsonb' ? 'text' : type;
    return `$${i + 1}::${element}[]`;
  });
  const names = columns.map((c) => `"${c.name}"`);
  const values = columns.map((c, i) =>
    c.type === 'json' || c.type === 'jsonb' ? `c${i}::${c.type}` : `c${i}`,
  );
  const sql = `INSERT INTO ${table} (${names.join(', ')})
    SELECT ${values.join(', ')} FROM unnest(${sent.join(', ')}) AS t(${columns.map((_, i) => `c${i}`).join(', ')})
    ${suffix}`;
  return (await client.query<R>(sql, arrays)).rows;
}
