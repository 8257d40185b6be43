import type { Period } from '../types.js';
import type { ObservationSource } from './observations.js';

export type ConflictCause =
  | 'one report gives both'
  | 'mirror statistics'
  | 'partial year'
  | 'scale misprint'
  | 'rounding or about';

/** Sources of one observation that disagree: the sides, how far apart, and the likely cause where the records allow. */
export interface Conflict {
  /** (largest - smallest) / smallest. */
  spread: number;
  sides: Array<{ value: number; sources: ObservationSource[] }>;
  cause: ConflictCause | null;
  explanation: string;
}

/** Splits sources into sides whose values lie within the tolerance of the side's first value. */
function sides(sources: readonly ObservationSource[], tolerance: number): Conflict['sides'] {
  const out: Conflict['sides'] = [];
  for (const source of [...sources].sort((a, b) => a.value - b.value)) {
    const side = out.find((s) => Math.abs(source.value - s.value) <= tolerance * Math.abs(s.value));
    if (side) side.sources.push(source);
    else out.push({ value: source.value, sources: [source] });
  }
  return out;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

function near(ratio: number, target: number): boolean {
  return Math.abs(ratio / target - 1) < 0.2;
}

/** The likely cause of a disagreement between the lowest and highest side, or null when nothing explains it. */
function cause(
  low: Conflict['sides'][number],
  high: Conflict['sides'][number],
  period: Period,
): { cause: ConflictCause | null; explanation: string } {
  const ratio = high.value / low.value;
  if (near(ratio, 1000) || near(ratio, 1e6)) {
    return {
      cause: 'scale misprint',
      explanation: `the values differ by a factor of ${Math.round(ratio).toLocaleString('en-US')}: one source likely printed the wrong scale word`,
    };
  }
  const reporters = (side: Conflict['sides'][number]) =>
    new Set(side.sources.map((s) => s.reporter).filter(Boolean));
  const lowReporters = reporters(low);
  const highReporters = reporters(high);
  if (
    lowReporters.size > 0 &&
    highReporters.size > 0 &&
    [...lowReporters].every((r) => !highReporters.has(r))
  ) {
    return {
      cause: 'mirror statistics',
      explanation: `the sides quote different countries' statistics (${[...highReporters].join(', ')}: ${compact.format(high.value)}; ${[...lowReporters].join(', ')}: ${compact.format(low.value)}); partners record the same flow differently (methodology, transit, valuation)`,
    };
  }
  // Unless it quotes two countries' statistics (above), a report does not contradict itself: two values of one
  // observation in one report are two scopes ("about 100 joint projects, including 45 key projects"; "55 projects
  // worth $27 billion ... a dozen, worth $3.8 billion, commissioned").
  const both = low.sources.find((l) => high.sources.some((h) => h.document === l.document));
  if (both) {
    const other = high.sources.find((h) => h.document === both.document) as ObservationSource;
    return {
      cause: 'one report gives both',
      explanation: `${both.outlet ?? both.source} gives both ${compact.format(low.value)} and ${compact.format(high.value)}: likely a part and the whole, or two measures ("${both.text}" in "${both.sentence}"; "${other.text}")`,
    };
  }
  const early = (side: Conflict['sides'][number]) =>
    side.sources.some((s) => s.published !== null && period.end !== null && s.published < period.end);
  if (period.start?.endsWith('-01-01') && period.end?.endsWith('-12-31') && early(low) && !early(high)) {
    return {
      cause: 'partial year',
      explanation: 'the lower value was published before the year ended: it likely covers part of the year',
    };
  }
  const approximate = [...low.sources, ...high.sources].some((s) => s.approx !== null);
  if (ratio < 1.15 && approximate) {
    return {
      cause: 'rounding or about',
      explanation: 'a source gives an approximate value ("about", "over")',
    };
  }
  return { cause: null, explanation: 'no cause found in the records; check the sources' };
}

/**
 * A conflict when the sources' values differ by more than the tolerance, else null:
 * `findConflict([{value: 41e9 ...}, {value: 31.4e9 ...}], period, 0.05)` reports a spread of 0.31.
 */
export function findConflict(
  sources: readonly ObservationSource[],
  period: Period,
  tolerance: number,
): Conflict | null {
  const grouped = sides(sources, tolerance);
  if (grouped.length < 2) return null;
  const low = grouped[0] as Conflict['sides'][number];
  const high = grouped[grouped.length - 1] as Conflict['sides'][number];
  const spread = (high.value - low.value) / Math.abs(low.value);
  return { spread: Math.round(spread * 1000) / 1000, sides: grouped, ...cause(low, high, period) };
}
