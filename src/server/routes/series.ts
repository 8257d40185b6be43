import { Type } from '@sinclair/typebox';
import { loadSeries } from '../../knowledge/load-series.js';
import type { Series as SeriesRecord } from '../../knowledge/series.js';
import type { RoutePlugin } from '../_context.js';
import { sendPage } from '../csv.js';
import { pageOf, readParties } from '../pagination.js';
import { filterParams, listParams, listResponses, StringEnum } from '../schemas/common.js';
import { Series } from '../schemas/knowledge.js';

const Query = Type.Object({
  parties: filterParams.parties,
  indicator: filterParams.indicator,
  tolerance: filterParams.tolerance,
  sort: Type.Optional(
    StringEnum(['-observations', 'indicator'], {
      default: '-observations',
      description: 'most observations first, or by indicator code',
    }),
  ),
  ...listParams,
});

const byIndicator = (a: SeriesRecord, b: SeriesRecord) =>
  a.indicator.localeCompare(b.indicator) || a.key.localeCompare(b.key);

/** CSV of series: one row per observation, the series' fields repeated. */
const observationRows = (series: SeriesRecord[]) =>
  series.flatMap((s) =>
    s.observations.map(({ sources, conflict, official, ...o }) => ({
      ...o,
      sources: sources.length,
      consensusValue: o.consensus.value,
      conflictSpread: conflict?.spread ?? null,
      conflictCause: conflict?.cause ?? null,
      official: (official ?? []).map((x) => `${x.reporter ?? x.source}:${x.value}`).join(';'),
    })),
  );

/** GET /api/series: each indicator's observations over time, every source, consensus, conflict and official values. */
export const seriesRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/api/series',
    {
      schema: {
        summary: 'Series of observations with sources, consensus, conflicts and official statistics',
        tags: ['knowledge'],
        querystring: Query,
        response: listResponses(Series),
      },
    },
    async (request, reply) => {
      const { parties, indicator, tolerance, sort } = request.query;
      const { series } = await loadSeries(store, { parties: readParties(parties), indicator, tolerance });
      const sorted = sort === 'indicator' ? [...series].sort(byIndicator) : series;
      return sendPage(request, reply, pageOf(sorted, request.query), observationRows);
    },
  );
};
