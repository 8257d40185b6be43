import { Type } from '@sinclair/typebox';
import { describeRelationships, HEADLINE_WINDOW, includesPair } from '../../knowledge/relationships.js';
import type { PairSummary } from '../../store/store.js';
import type { RoutePlugin } from '../_context.js';
import { sendPage } from '../csv.js';
import { pageOf, readParties } from '../pagination.js';
import { filterParams, listParams, listResponses, StringEnum } from '../schemas/common.js';
import { Relationship } from '../schemas/knowledge.js';

const Query = Type.Object({
  parties: filterParams.parties,
  sort: Type.Optional(
    StringEnum(['-documents', '-figures', 'parties'], {
      default: '-documents',
      description: 'most documents first, most figures first, or by country codes',
    }),
  ),
  ...listParams,
});

const SORTS: Record<string, ((a: PairSummary, b: PairSummary) => number) | null> = {
  '-documents': null, // the order the store gives
  '-figures': (a, b) => b.figures - a.figures || a.parties.join().localeCompare(b.parties.join()),
  parties: (a, b) => a.parties.join().localeCompare(b.parties.join()),
};

/** GET /api/relationships: the pairs of countries the store knows, with counts and headline figures (the overview). */
export const relationshipRoutes: RoutePlugin = async (app, { store, labels, overview }) => {
  app.get(
    '/api/relationships',
    {
      schema: {
        summary: 'Pairs of countries known, with counts and the latest headline figures',
        tags: ['knowledge'],
        querystring: Query,
        response: listResponses(Relationship),
      },
    },
    async (request, reply) => {
      const { sort = '-documents', limit, cursor } = request.query;
      const parties = readParties(request.query.parties);
      const key = JSON.stringify([parties, sort, limit, cursor ?? null]);
      const page = await overview.get(key, async () => {
        let pairs = await store.listPairs();
        if (parties) pairs = pairs.filter((pair) => includesPair(pair.parties, parties));
        const order = SORTS[sort];
        if (order) pairs = [...pairs].sort(order);
        // Only the pairs on this page are described: headlines read each pair's newest figures.
        const { items, next } = pageOf(pairs, { limit, cursor });
        const [commitments, agreements] = await Promise.all([
          store.listCommitments({ parties }),
          store.listAgreements({ parties }),
        ]);
        const described = await describeRelationships({
          pairs: items,
          figuresOf: (pair) => store.listFigures({ parties: pair, limit: HEADLINE_WINDOW }),
          commitments,
          agreements,
          labels,
        });
        return { items: described, next };
      });
      return sendPage(request, reply, page);
    },
  );
};
