import { countryName } from '../mentions/countries/index.js';
import type { Agreement, Commitment, StoredFigure } from '../types.js';
import { type ExchangeRates, toUsd, type UsdValue } from './exchange-rates.js';
import type { Observation } from './observations.js';
import type { MirrorGap } from './official.js';
import type { Series } from './series.js';
import type { TargetProgress } from './targets.js';

/** A headline figure of the brief: the latest observation of a series. */
export interface KeyFigure {
  indicator: string;
  label: string;
  observation: Observation;
  usd: UsdValue | null;
}

/** Everything an analyst's brief on one relationship holds, ready to render as Markdown or HTML. */
export interface Brief {
  parties: string[];
  title: string;
  generated: string;
  documents: number;
  keyFigures: KeyFigure[];
  series: Series[];
  targets: TargetProgress[];
  conflicts: Observation[];
  commitments: Array<Commitment & { document: string; published: string | null; outlet: string | null }>;
  agreements: Array<Agreement & { document: string; outlet: string | null }>;
  /** Each flow as the exporter and the importer reported it (official statistics). */
  mirror: MirrorGap[];
  rates: boolean;
}

export interface BriefInput {
  parties: string[];
  figures: readonly StoredFigure[];
  series: Series[];
  targets: TargetProgress[];
  commitments?: Brief['commitments'];
  agreements?: Brief['agreements'];
  mirror?: MirrorGap[];
  labels: ReadonlyMap<string, string>;
  rates?: ExchangeRates | undefined;
  /** ISO date-time the brief is made; passed in so that a brief is reproducible. */
  generated: string;
}

/**
 * Assembles the brief: `buildBrief({ parties: ['CN','KZ'], ... })` gives a title "China–Kazakhstan", each series'
 * latest observation as a key figure (largest series first), targets, conflicts, commitments and agreements.
 */
export function buildBrief(input: BriefInput): Brief {
  const { parties, figures, series, targets, labels, rates } = input;
  const keyFigures = series.map((s): KeyFigure => {
    const observation = s.observations[s.observations.length - 1] as Observation;
    const year = observation.period.end?.slice(0, 4) ?? null;
    return {
      indicator: s.indicator,
      label: labels.get(s.indicator) ?? s.indicator,
      observation,
      usd: toUsd(observation.consensus.value, s.unit, year, rates),
    };
  });
  return {
    parties,
    title: parties.map((code) => countryName(code)).join('–'),
    generated: input.generated,
    documents: new Set(figures.map((f) => f.document)).size,
    keyFigures,
    series,
    targets,
    conflicts: series.flatMap((s) => s.observations.filter((o) => o.conflict !== null)),
    commitments: input.commitments ?? [],
    agreements: [...(input.agreements ?? [])].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
    mirror: input.mirror ?? [],
    rates: rates !== undefined,
  };
}
