import { countryName } from '../mentions/countries/index.js';
import type { Stored } from '../store/store.js';
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
  /** Newest published date among the pair's figures. */
  latest: string | null;
  headlines: Headline[];
}

export interface RelationshipInput {
  figures: readonly StoredFigure[];
  commitments: readonly Stored<Commitment>[];
  agreements: readonly Stored<Agreement>[];
  /** Indicator labels by code ("trade.total" → "Total trade"). */
  labels: ReadonlyMap<string, string>;
  tolerance?: number | undefined;
}

/** Headlines shown per relationship. */
const HEADLINES = 5;

function includesPair(codes: readonly string[], pair: readonly string[]): boolean {
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
 * Every pair of countries that figures name together, most documents first: `summarizeRelationships({ figures,
 * commitments, agreements, labels })` on the examples gives China–Kazakhstan with its documents, figures,
 * commitments, agreements and the latest total trade among its headlines.
 */
export function summarizeRelationships(input: RelationshipInput): Relationship[] {
  const byPair = new Map<string, StoredFigure[]>();
  for (const figure of input.figures) {
    if (figure.parties.length !== 2) continue;
    const key = figure.parties.join(',');
    const group = byPair.get(key);
    if (group) group.push(figure);
    else byPair.set(key, [figure]);
  }
  const out: Relationship[] = [];
  for (const figures of byPair.values()) {
    const parties = (figures[0] as StoredFigure).parties;
    const series = buildSeries(figures, { tolerance: input.tolerance });
    let latest: string | null = null;
    for (const f of figures)
      if (f.published && (latest === null || f.published > latest)) latest = f.published;
    out.push({
      parties,
      label: parties.map((code) => countryName(code)).join('–'),
      documents: new Set(figures.map((f) => f.document)).size,
      figures: figures.length,
      commitments: input.commitments.filter((c) => includesPair(c.actors, parties)).length,
      agreements: input.agreements.filter((a) => includesPair(a.parties, parties)).length,
      latest,
      headlines: series
        .slice(0, HEADLINES)
        .map((s) => headline(s.observations[s.observations.length - 1] as Observation, input.labels)),
    });
  }
  return out.sort(
    (a, b) => b.documents - a.documents || b.figures - a.figures || a.label.localeCompare(b.label),
  );
}
