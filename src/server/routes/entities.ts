import { Type } from '@sinclair/typebox';
import type { RoutePlugin } from '../_context.js';
import { sendPage } from '../csv.js';
import { pageFrom } from '../pagination.js';
import { listParams, listResponses, StringEnum } from '../schemas/common.js';
import { EntitySummary } from '../schemas/records.js';

const TYPES = ['person', 'country', 'organization', 'place', 'initiative'] as const;

const Query = Type.Object({
  type: Type.Optional(StringEnum(TYPES)),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'a name or alias' })),
  ...listParams,
});

/** GET /api/entities: people, countries, organisations, places and initiatives, most documents first. */
export const entityRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/api/entities',
    {
      schema: {
        summary: 'Entities named in the store, most documents first',
        tags: ['records'],
        querystring: Query,
        response: listResponses(EntitySummary),
      },
    },
    async (request, reply) => {
      const { type, name } = request.query;
      const page = await pageFrom(request.query, async (offset, count) =>
        (await store.listEntities({ type, name, limit: offset + count })).slice(offset),
      );
      return sendPage(request, reply, page);
    },
  );
};
