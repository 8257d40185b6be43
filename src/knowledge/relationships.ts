import { countryName } from '../mentions/countries/index.js';
import type { PairSummary, Stored } from '../store/store.js';
import type { Agreement, Commitment, Period, StoredFigure } from '../types.js';
import type { Observation } from './observations.js';
import { buildSeries } from './series.js';

/** The latest observation of one series of a relationship: what an overview shows first. */
export interface Headline {
  indicator: string;
  label: string;
  unit: string;
  direction: { from: string; to: string } | null;
  period: Period;
  value: number;
  sources: number;
  outlet: string | null;
  document: string;
  conflict: boolean;
}

/** One pair of countries the store knows, with how much it holds on them and their headline figures. */
export interface Relationship {
  parties: string[];
  label: string;
  documents: number;
  figures: number;
  commitments: number;
  agreements: number;
  /** The newest date among the pair's figures (period end, else publication date). */
  latest: string | null;
  headlines: Headline[];
}

export interface RelationshipInput {
  /** The pairs to describe, as the store counts them (`store.listPairs()`). */
  pairs: readonly PairSummary[];
  /** The newest figures of a pair, newest first: `(parties) => store.listFigures({ parties, limit })`. */
  figuresOf: (parties: string[]) => Promise<StoredFigure[]>;
  commitments: readonly Stored<Commitment>[];
  agreements: readonly Stored<Agreement>[];
  /** Indicator labels by code ("trade.total" → "Total trade"). */
  labels: ReadonlyMap<string, string>;
  tolerance?: number | undefined;
}

/** Headlines shown per relationship. */
const HEADLINES = 5;

/**
 * How many of a pair's newest figures its headlines are read from. The latest observation of a series is made
 * of the newest figures (they sort by period end), so a window this size holds it whole unless one period has
 * thousands of sources; it keeps the overview of a million-figure store to a few small reads per pair.
 */
export const HEADLINE_WINDOW = 2000;

/** True when `codes` holds every code of `pair`: `includesPair(['CN', 'KZ', 'UZ'], ['KZ', 'CN'])`. */
export function includesPair(codes: readonly string[], pair: readonly string[]): boolean {
  return pair.every((code) => codes.includes(code));
}

function headline(observation: Observation, labels: ReadonlyMap<string, string>): Headline {
  return {
    indicator: observation.indicator,
    label: labels.get(observation.indicator) ?? observation.indicator,
    unit: observation.unit,
    direction: observation.direction,
    period: observation.period,
    value: observation.consensus.value,
    sources: observation.sources.length,
    outlet: observation.consensus.outlet,
    document: observation.consensus.document,
    conflict: observation.conflict !== null,
  };
}

/**
 * The given pairs of countries with their counts and headline figures, in the order given: on the examples,
 * `await describeRelationships({ pairs: await store.listPairs(), figuresOf, commitments, agreements, labels })`
 * gives China–Kazakhstan with its documents, figures, commitments, agreements and the latest total trade.
 */
export async function describeRelationships(input: RelationshipInput): Promise<Relationship[]> {
  const out: Relationship[] = [];
  for (const pair of input.pairs) {
    const { parties } = pair;
    const series = buildSeries(await input.figuresOf(parties), { tolerance: input.tolerance });
    out.push({
      parties,
      label: parties.map((code) => countryName(code)).join('–'),
      documents: pair.documents,
      figures: pair.figures,
      commitments: input.commitments.filter((c) => includesPair(c.actors, parties)).length,
      agreements: input.agreements.filter((a) => includesPair(a.parties, parties)).length,
      latest: pair.latest,
      headlines: series
        .slice(0, HEADLINES)
        .map((s) => headline(s.observations[s.observations.length - 1] as Observation, input.labels)),
    });
  }
  return out;
}
