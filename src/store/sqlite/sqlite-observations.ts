import type Database from 'better-sqlite3';
import type { OfficialObservation } from '../../types.js';
import { type ObservationRow, partiesKey, toObservation } from '../rows.js';
import type { ObservationFilter, StoredObservation } from '../store.js';

/** Imports and lists official observations on one connection. */
export function createObservationStatements(db: Database.Database) {
  const remove = db.prepare('DELETE FROM official_observations WHERE file = ?');
  const insert = db.prepare(
    `INSERT INTO official_observations (file, row, indicator, parties, direction_from, direction_to, reporter,
       period_label, period_start, period_end, value, unit, source, flow, is_reported, imported)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    /** BEGIN ... COMMIT by hand: better-sqlite3's transaction helper cannot wait on an async reader. */
    async import(file: string, observations: AsyncIterable<OfficialObservation>) {
      const imported = new Date().toISOString();
      db.exec('BEGIN IMMEDIATE');
      try {
        const replaced = remove.run(file).changes;
        let count = 0;
        for await (const o of observations) {
          insert.run(
            file,
            o.row,
            o.indicator,
            o.parties.join(','),
            o.direction?.from ?? null,
            o.direction?.to ?? null,
            o.reporter,
            o.period.label,
            o.period.start,
            o.period.end,
            o.value,
            o.unit,
            o.source,
            o.flow,
            o.isReported === null ? null : Number(o.isReported),
            imported,
          );
          count++;
        }
        db.exec('COMMIT');
        return { imported: count, replaced };
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },

    list(filter: ObservationFilter): StoredObservation[] {
      const where: string[] = [];
      const params: Record<string, string> = {};
      if (filter.parties) {
        where.push('parties = @parties');
        params.parties = partiesKey(filter.parties);
      }
      if (filter.indicator) {
        where.push('indicator = @indicator');
        params.indicator = filter.indicator;
      }
      const sql = `SELECT * FROM official_observations ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY indicator, period_label, reporter, file, row`;
      return (db.prepare(sql).all(params) as ObservationRow[]).map(toObservation);
    },
  };
}
