import { Type } from '@sinclair/typebox';
import { loadSeries } from '../../knowledge/load-series.js';
import { trackTargets } from '../../knowledge/targets.js';
import type { RoutePlugin } from '../_context.js';
import { sendPage } from '../csv.js';
import { pageOf, readParties } from '../pagination.js';
import { filterParams, listParams, listResponses } from '../schemas/common.js';
import { TargetProgress } from '../schemas/knowledge.js';

const Query = Type.Object({
  parties: filterParams.parties,
  indicator: filterParams.indicator,
  tolerance: filterParams.tolerance,
  ...listParams,
});

/** GET /api/targets: targets with their revisions and progress against the latest actual. */
export const targetRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/api/targets',
    {
      schema: {
        summary: 'Targets, their revisions, and progress against the latest actual',
        tags: ['knowledge'],
        querystring: Query,
        response: listResponses(TargetProgress),
      },
    },
    async (request, reply) => {
      const { parties, indicator, tolerance } = request.query;
      const { figures, series } = await loadSeries(store, {
        parties: readParties(parties),
        indicator,
        tolerance,
      });
      return sendPage(request, reply, pageOf(trackTargets(figures, series), request.query));
    },
  );
};
