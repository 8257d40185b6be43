import type pg from 'pg';
import type { OfficialObservation } from '../../types.js';
import { type ObservationRow, partiesKey, toObservation } from '../rows.js';
import type { ObservationFilter, StoredObservation } from '../store.js';
import { type BulkColumn, bulkInsert } from './bulk-insert.js';
import { createParams } from './params.js';

/** Imports and lists official observations; the SQL of the PostgreSQL store's statistics. */

const COLUMNS: readonly BulkColumn[] = [
  { name: 'file', type: 'text' },
  { name: 'row', type: 'int' },
  { name: 'indicator', type: 'text' },
  { name: 'parties', type: 'text' },
  { name: 'direction_from', type: 'text' },
  { name: 'direction_to', type: 'text' },
  { name: 'reporter', type: 'text' },
  { name: 'period_label', type: 'text' },
  { name: 'period_start', type: 'text' },
  { name: 'period_end', type: 'text' },
  { name: 'value', type: 'float8' },
  { name: 'unit', type: 'text' },
  { name: 'source', type: 'text' },
  { name: 'flow', type: 'text' },
  { name: 'is_reported', type: 'bool' },
  { name: 'imported', type: 'text' },
];

/** Rows sent per statement while a file streams in: memory stays flat however long the file. */
const BATCH_ROWS = 2000;

/**
 * Replaces the observations of one file, reading them as they come; call inside a transaction, which the caller
 * rolls back if reading throws. Two imports of the same file at once take turns (an advisory lock on its name).
 */
export async function importObservations(
  client: pg.ClientBase,
  file: string,
  observations: AsyncIterable<OfficialObservation>,
  onFirstRead: () => void,
): Promise<{ imported: number; replaced: number }> {
  const imported = new Date().toISOString();
  await client.query("SELECT pg_advisory_xact_lock(hashtextextended('accord:import:' || $1, 0))", [file]);
  const replaced = (await client.query('DELETE FROM official_observations WHERE file = $1', [file])).rowCount;
  let count = 0;
  let batch: unknown[][] = [];
  onFirstRead();
  for await (const o of observations) {
    batch.push([
      file,
      o.row,
      o.indicator,
      o.parties.join(','),
      o.direction?.from,
      o.direction?.to,
      o.reporter,
      o.period.label,
      o.period.start,
      o.period.end,
      o.value,
      o.unit,
      o.source,
      o.flow,
      o.isReported,
      imported,
    ]);
    count++;
    if (batch.length >= BATCH_ROWS) {
      await bulkInsert(client, 'official_observations', COLUMNS, batch);
      batch = [];
    }
  }
  await bulkInsert(client, 'official_observations', COLUMNS, batch);
  return { imported: count, replaced: replaced ?? 0 };
}

/** Observations by parties and indicator, ordered as SQLite orders them (a missing reporter first). */
export async function listObservations(
  client: pg.ClientBase,
  filter: ObservationFilter,
): Promise<StoredObservation[]> {
  const where: string[] = [];
  const p = createParams();
  if (filter.parties) where.push(`parties = ${p(partiesKey(filter.parties))}`);
  if (filter.indicator) where.push(`indicator = ${p(filter.indicator)}`);
  const { rows } = await client.query<ObservationRow>(
    `SELECT * FROM official_observations ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY indicator, period_label, reporter NULLS FIRST, file, "row"`,
    p.values,
  );
  return rows.map(toObservation);
}
