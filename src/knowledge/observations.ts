import type { Period, StoredFigure } from '../types.js';
import { type Conflict, findConflict } from './conflicts.js';
import type { OfficialComparison } from './official.js';
import { type OutletKinds, type SourceKind, sourceKind, sourceRank } from './source-kind.js';
import { statedReporter } from './stated-reporter.js';

/** One source's statement of an observation: who said it, where, and the value it gave. */
export interface ObservationSource {
  document: string;
  ord: number;
  outlet: string | null;
  published: string | null;
  source: string;
  kind: SourceKind;
  /** Whose official statistics the figure quotes (ISO alpha-2), where the text or outlet says. */
  reporter: string | null;
  value: number;
  approx: StoredFigure['approx'];
  text: string;
  sentence: string;
}

/** A value an observation settles on, and why. */
export interface Consensus {
  value: number;
  document: string;
  outlet: string | null;
  reason: string;
}

/** One (indicator, parties, direction, period, unit) with every source that stated it. */
export interface Observation {
  key: string;
  indicator: string;
  parties: string[];
  direction: { from: string; to: string } | null;
  period: Period;
  unit: string;
  sources: ObservationSource[];
  consensus: Consensus;
  /** Number of distinct outlets that stated it. */
  corroboration: number;
  conflict: Conflict | null;
  /** Official statistics of the same indicator, parties, direction and period, where imported (see official.ts). */
  official?: OfficialComparison[];
}

export interface ObservationOptions {
  /** Relative difference above which sources conflict (default 0.05). */
  tolerance?: number;
  outletKinds?: OutletKinds;
}

/** How long a period is: years, halves, quarters and months are separate series (a half year is no point on a yearly line). */
export type PeriodGrain = 'year' | 'half' | 'quarter' | 'month' | 'other';

/** `periodGrain({label: '2023', start: '2023-01-01', end: '2023-12-31'})` is "year". */
export function periodGrain(period: Period | null): PeriodGrain {
  if (!period?.start || !period.end) return 'other';
  const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000 + 1;
  if (days >= 365 && days <= 366) return 'year';
  if (days >= 181 && days <= 184) return 'half';
  if (days >= 90 && days <= 92) return 'quarter';
  if (days >= 28 && days <= 31) return 'month';
  return 'other';
}

/** Series key of a figure: what it measures, for whom, which way, in what unit and at what grain (not when). */
export function seriesKey(
  f: Pick<StoredFigure, 'indicator' | 'parties' | 'direction' | 'unit'> & { period: Period | null },
): string {
  const direction = f.direction ? `${f.direction.from}>${f.direction.to}` : '';
  return `${f.indicator}|${f.parties.join(',')}|${direction}|${f.unit}|${periodGrain(f.period)}`;
}

/**
 * Builds observation sources, remembering each outlet's kind and each sentence's quoted reporter: a pair's figures
 * repeat a few outlets and sentences many times over.
 */
function createSourceMaker(
  outletKinds: OutletKinds | undefined,
): (figure: StoredFigure) => ObservationSource {
  const kinds = new Map<string | null, SourceKind>();
  const reporters = new Map<string, string | null>();
  return (figure) => {
    let kind = kinds.get(figure.outlet);
    if (kind === undefined) {
      kind = sourceKind(figure.outlet, outletKinds);
      kinds.set(figure.outlet, kind);
    }
    const reporterKey = `${figure.outlet ?? ''}\u0000${figure.sentence}`;
    let reporter = reporters.get(reporterKey);
    if (reporter === undefined) {
      reporter = statedReporter(figure.sentence, figure.outlet);
      reporters.set(reporterKey, reporter);
    }
    return {
      document: figure.document,
      ord: figure.ord,
      outlet: figure.outlet,
      published: figure.published,
      source: figure.source,
      kind,
      reporter,
      value: figure.value as number,
      approx: figure.approx,
      text: figure.text,
      sentence: figure.sentence,
    };
  };
}

/** The source consensus follows: the highest kind, then the latest published (statistics get revised). */
function choose(sources: ObservationSource[]): Consensus {
  const ranked = [...sources].sort(
    (a, b) => sourceRank(a.kind) - sourceRank(b.kind) || (b.published ?? '').localeCompare(a.published ?? ''),
  );
  const best = ranked[0] as ObservationSource;
  const others = ranked.length - 1;
  const outranked = ranked.filter((s) => sourceRank(s.kind) > sourceRank(best.kind)).length;
  const reason =
    others === 0
      ? 'the only source'
      : outranked > 0
        ? `an ${best.kind} source outranks ${outranked} ${outranked === 1 ? 'source' : 'sources'} of lower kind`
        : `the latest of ${ranked.length} sources of the same kind (${best.kind})`;
  return { value: best.value, document: best.document, outlet: best.outlet, reason };
}

/**
 * Groups actual figures with a value and a period into observations: `buildObservations(figures)` on two reports of
 * 2023 trade gives one observation with two sources, a consensus, and a conflict when they differ by more than 5%.
 */
export function buildObservations(
  figures: readonly StoredFigure[],
  options: ObservationOptions = {},
): Observation[] {
  const { tolerance = 0.05, outletKinds } = options;
  const groups = new Map<string, StoredFigure[]>();
  for (const figure of figures) {
    if (figure.kind !== 'actual' || figure.value === null || !figure.period || !figure.indicator) continue;
    const key = `${seriesKey(figure)}|${figure.period.label}`;
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  const toSource = createSourceMaker(outletKinds);
  const observations: Observation[] = [];
  for (const [key, group] of groups) {
    const first = group[0] as StoredFigure;
    // One document stating the same figure twice (headline and body) is one source.
    const seen = new Set<string>();
    const sources = group
      .filter((f) => {
        const id = `${f.document}|${f.value}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      })
      .map(toSource);
    observations.push({
      key,
      indicator: first.indicator as string,
      parties: first.parties,
      direction: first.direction,
      period: first.period as Period,
      unit: first.unit,
      sources,
      consensus: choose(sources),
      corroboration: new Set(sources.map((s) => s.outlet ?? s.source)).size,
      conflict: findConflict(sources, first.period as Period, tolerance),
    });
  }
  return observations.sort(byPeriod);
}

function byPeriod(a: Observation, b: Observation): number {
  const end = (o: Observation) => o.period.end ?? o.period.start ?? '';
  return end(a).localeCompare(end(b)) || a.key.localeCompare(b.key);
}
