import { Type } from '@sinclair/typebox';
import { loadSeries } from '../../knowledge/load-series.js';
import type { Observation as ObservationRecord } from '../../knowledge/observations.js';
import type { RoutePlugin } from '../_context.js';
import { sendPage } from '../csv.js';
import { pageOf, readParties } from '../pagination.js';
import { filterParams, listParams, listResponses, StringEnum } from '../schemas/common.js';
import { Observation } from '../schemas/knowledge.js';

const Query = Type.Object({
  parties: filterParams.parties,
  indicator: filterParams.indicator,
  tolerance: filterParams.tolerance,
  sort: Type.Optional(
    StringEnum(['period', '-spread'], {
      default: 'period',
      description: 'oldest period first, or widest disagreement first',
    }),
  ),
  ...listParams,
});

const periodEnd = (o: ObservationRecord) => o.period.end ?? o.period.start ?? '';

/** GET /api/conflicts: observations whose sources disagree beyond the tolerance, with both sides and a likely cause. */
export const conflictRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/api/conflicts',
    {
      schema: {
        summary: 'Observations whose sources disagree, both sides and a likely cause',
        tags: ['knowledge'],
        querystring: Query,
        response: listResponses(Observation),
      },
    },
    async (request, reply) => {
      const { parties, indicator, tolerance, sort } = request.query;
      const { series } = await loadSeries(store, { parties: readParties(parties), indicator, tolerance });
      const conflicts = series.flatMap((s) => s.observations.filter((o) => o.conflict !== null));
      conflicts.sort(
        sort === '-spread'
          ? (a, b) => (b.conflict?.spread ?? 0) - (a.conflict?.spread ?? 0) || a.key.localeCompare(b.key)
          : (a, b) => periodEnd(a).localeCompare(periodEnd(b)) || a.key.localeCompare(b.key),
      );
      return sendPage(request, reply, pageOf(conflicts, request.query));
    },
  );
};
