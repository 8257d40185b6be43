import type { Store, StoredObservation } from '../store/store.js';
import type { StoredFigure } from '../types.js';
import { withOfficial } from './official.js';
import { buildSeries, type Series } from './series.js';
import type { OutletKinds } from './source-kind.js';

/** What series, conflicts and targets are built from: which figures, how far apart sources may be, outlet kinds. */
export interface SeriesQuery {
  parties?: string[] | undefined;
  indicator?: string | undefined;
  /** Relative spread above which sources conflict (default 0.05). */
  tolerance?: number | undefined;
  outletKinds?: OutletKinds | undefined;
}

/** The figures read, the official statistics beside them, and the series they make. */
export interface LoadedSeries {
  figures: StoredFigure[];
  official: StoredObservation[];
  series: Series[];
}

/**
 * Reads the figures and official statistics of a query and builds the series with official values beside them:
 * `await loadSeries(store, { parties: ['CN', 'KZ'], indicator: 'trade.total' })`. The CLI's series, conflicts and
 * targets and the server's share this one reading.
 */
export async function loadSeries(store: Store, query: SeriesQuery = {}): Promise<LoadedSeries> {
  const { parties, indicator, tolerance = 0.05, outletKinds } = query;
  const figures = await store.listFigures({ parties, indicator });
  const official = await store.listObservations({ parties, indicator });
  const series = withOfficial(buildSeries(figures, { tolerance, outletKinds }), official);
  return { figures, official, series };
}
