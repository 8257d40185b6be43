import { Type } from '@sinclair/typebox';
import {
  type Relationship as RelationshipRecord,
  summarizeRelationships,
} from '../../knowledge/relationships.js';
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

const SORTS: Record<string, ((a: RelationshipRecord, b: RelationshipRecord) => number) | null> = {
  '-documents': null, // the order summarizeRelationships gives
  '-figures': (a, b) => b.figures - a.figures || a.label.localeCompare(b.label),
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
      const parties = readParties(request.query.parties);
      const summaries = await overview.get(parties?.join() ?? '', async () => {
        const [figures, commitments, agreements] = await Promise.all([
          store.listFigures({ parties }),
          store.listCommitments({ parties }),
          store.listAgreements({ parties }),
        ]);
        return summarizeRelationships({ figures, commitments, agreements, labels });
      });
      const relationships = [...summaries];
      const sort = SORTS[request.query.sort ?? '-documents'];
      if (sort) relationships.sort(sort);
      return sendPage(request, reply, pageOf(relationships, request.query));
    },
  );
};
