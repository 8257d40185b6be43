import type { StoredObservation } from '../store/store.js';
import type { Observation } from './observations.js';
import type { Series } from './series.js';

/** An official statistic beside the claims of the same indicator, parties, direction and period. */
export interface OfficialComparison {
  value: number;
  unit: string;
  reporter: string | null;
  source: string;
  file: string;
  /** The claims' consensus divided by the official value: 1.31 means the claims say 31% more. */
  ratio: number;
}

/** Both partners' records of one flow (A's exports to B against B's imports from A) and the gap between them. */
export interface MirrorGap {
  period: string;
  from: string;
  to: string;
  unit: string;
  /** As the exporting country reported it. */
  exports: number;
  /** As the importing country reported it. */
  imports: number;
  /** imports - exports. */
  gap: number;
  /** imports / exports. */
  ratio: number;
}

function sameDirection(
  a: { from: string; to: string } | null,
  b: { from: string; to: string } | null,
): boolean {
  return (a?.from ?? '') === (b?.from ?? '') && (a?.to ?? '') === (b?.to ?? '');
}

/** Official statistics matching an observation (same indicator, parties, direction, unit and period label). */
export function officialFor(
  observation: Observation,
  official: readonly StoredObservation[],
): OfficialComparison[] {
  return official
    .filter(
      (o) =>
        o.indicator === observation.indicator &&
        o.unit.toUpperCase() === observation.unit.toUpperCase() &&
        o.parties.join() === observation.parties.join() &&
        o.period.label === observation.period.label &&
        sameDirection(o.direction, observation.direction),
    )
    .map((o) => ({
      value: o.value,
      unit: o.unit,
      reporter: o.reporter,
      source: o.source,
      file: o.file,
      ratio: Math.round((observation.consensus.value / o.value) * 1000) / 1000,
    }));
}

/** Each series' observations with the official statistics beside them: `withOfficial(series, stats)`. */
export function withOfficial(series: readonly Series[], official: readonly StoredObservation[]): Series[] {
  return series.map((s) => ({
    ...s,
    observations: s.observations.map((o) => ({ ...o, official: officialFor(o, official) })),
  }));
}

/**
 * Mirror statistics: for each flow and period, the exporter's reported exports against the importer's reported
 * imports. `mirrorGaps(stats)` on China's 2021 exports to Kazakhstan ($14bn) and Kazakhstan's imports from China
 * ($8.2bn) gives a gap of -5.8bn.
 */
export function mirrorGaps(official: readonly StoredObservation[]): MirrorGap[] {
  const exports = official.filter(
    (o) => o.indicator === 'trade.exports' && o.direction && o.reporter === o.direction.from,
  );
  const gaps: MirrorGap[] = [];
  const seen = new Set<string>();
  for (const x of exports) {
    const direction = x.direction as { from: string; to: string };
    // Two files holding the same flow (a Comtrade export and a statistics office's table) give one row.
    const key = `${x.period.label}|${direction.from}|${direction.to}|${x.unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const m = official.find(
      (o) =>
        o.indicator === 'trade.imports' &&
        o.reporter === direction.to &&
        sameDirection(o.direction, direction) &&
        o.period.label === x.period.label &&
        o.unit === x.unit,
    );
    if (!m) continue;
    gaps.push({
      period: x.period.label,
      from: direction.from,
      to: direction.to,
      unit: x.unit,
      exports: x.value,
      imports: m.value,
      gap: m.value - x.value,
      ratio: Math.round((m.value / x.value) * 1000) / 1000,
    });
  }
  return gaps.sort((a, b) => a.period.localeCompare(b.period) || a.from.localeCompare(b.from));
}
