import type { StoredFigure } from '../types.js';
import { buildObservations, type Observation, type ObservationOptions, seriesKey } from './observations.js';

/** Observations of one indicator for one set of parties (and direction, and unit), in period order. */
export interface Series {
  key: string;
  indicator: string;
  parties: string[];
  direction: { from: string; to: string } | null;
  unit: string;
  observations: Observation[];
}

/**
 * Every series the figures make: `buildSeries(figures)` on the China–Kazakhstan reports gives trade.total CN,KZ USD with
 * one observation per year, each with its sources, consensus and conflict.
 */
export function buildSeries(figures: readonly StoredFigure[], options: ObservationOptions = {}): Series[] {
  const bySeries = new Map<string, Series>();
  for (const observation of buildObservations(figures, options)) {
    const key = seriesKey(observation);
    let series = bySeries.get(key);
    if (!series) {
      series = {
        key,
        indicator: observation.indicator,
        parties: observation.parties,
        direction: observation.direction,
        unit: observation.unit,
        observations: [],
      };
      bySeries.set(key, series);
    }
    series.observations.push(observation);
  }
  return [...bySeries.values()].sort(
    (a, b) => b.observations.length - a.observations.length || a.key.localeCompare(b.key),
  );
}
