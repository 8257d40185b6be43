import { Type } from '@sinclair/typebox';
import type { RoutePlugin } from '../_context.js';
import { sendPage } from '../csv.js';
import { pageFrom, readParties } from '../pagination.js';
import { filterParams, listParams, listResponses } from '../schemas/common.js';
import { StoredAgreement } from '../schemas/records.js';

const Query = Type.Object({ parties: filterParams.parties, ...listParams });

/** GET /api/agreements: documents signed or adopted, by date. */
export const agreementRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/api/agreements',
    {
      schema: {
        summary: 'Agreements signed or adopted, by date',
        tags: ['records'],
        querystring: Query,
        response: listResponses(StoredAgreement),
      },
    },
    async (request, reply) => {
      const parties = readParties(request.query.parties);
      const page = await pageFrom(request.query, (offset, count) =>
        store.listAgreements({ parties, offset, limit: count }),
      );
      return sendPage(request, reply, page);
    },
  );
};
