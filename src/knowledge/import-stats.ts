import type { Store } from '../store/store.js';
import type { OfficialObservation } from '../types.js';
import { readStatsFile, type StatsSummary } from './stats/index.js';

/** What importing one statistics file did. */
export interface StatsImport {
  imported: number;
  /** Observations of an earlier import of the same file that this one replaced. */
  replaced: number;
  /** One line per kind of skipped row ("skipped 2 rows with a world or area partner or reporter"). */
  notes: string[];
}

/** Reads one file through the stats reader, keeping its summary (a for-await loop would drop it). */
async function* observationsOf(
  path: string,
  done: (summary: StatsSummary) => void,
): AsyncGenerator<OfficialObservation> {
  const reader = readStatsFile(path);
  for (let next = await reader.next(); ; next = await reader.next()) {
    if (next.done) {
      done(next.value);
      return;
    }
    yield next.value;
  }
}

/**
 * Imports one statistics file in one transaction, replacing an earlier import under the same name:
 * `await importStatsFile(store, 'examples/stats/kz-cn-indicators.csv', resolve(path))`. Throws AccordError on the
 * first bad row, and nothing of the file is kept.
 */
export async function importStatsFile(store: Store, path: string, name: string): Promise<StatsImport> {
  let summary: StatsSummary | null = null;
  const result = await store.importObservations(
    name,
    observationsOf(path, (s) => {
      summary = s;
    }),
  );
  return { ...result, notes: (summary as StatsSummary | null)?.notes ?? [] };
}
