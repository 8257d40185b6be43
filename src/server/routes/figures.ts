import { Type } from '@sinclair/typebox';
import { figureCursor } from '../../store/cursor.js';
import type { StoredFigure as StoredFigureRecord } from '../../types.js';
import type { RoutePlugin } from '../_context.js';
import { sendPage, wantsCsv } from '../csv.js';
import { sendJsonPage } from '../json-page.js';
import { readParties } from '../pagination.js';
import { filterParams, listParams, listResponses, StringEnum } from '../schemas/common.js';
import { StoredFigure } from '../schemas/records.js';

const Query = Type.Object({
  parties: filterParams.parties,
  indicator: filterParams.indicator,
  kind: Type.Optional(StringEnum(['actual', 'target', 'change', 'share'])),
  since: filterParams.since,
  until: filterParams.until,
  outlet: filterParams.outlet,
  document: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F]{16}$', description: 'a document id' })),
  sort: Type.Optional(StringEnum(['-date'], { description: 'period end (else published) newest first' })),
  ...listParams,
});

/** GET /api/figures: stored figures with their sources, newest period first, keyset-paginated. */
export const figureRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/api/figures',
    {
      schema: {
        summary: 'Stored figures with their sources, newest period first',
        tags: ['figures'],
        querystring: Query,
        response: listResponses(StoredFigure),
      },
    },
    async (request, reply) => {
      const { limit, cursor, parties, document, ...rest } = request.query;
      const filter = {
        ...rest,
        parties: readParties(parties),
        document: document?.toLowerCase(),
        limit: limit + 1,
        after: cursor,
      };
      if (wantsCsv(request)) {
        const { items, last } = pageEnd(await store.listFigures(filter), limit);
        return sendPage(request, reply, { items, next: last ? figureCursor(last) : null });
      }
      // JSON pages are the store's text joined: no figure is parsed but the last, for the cursor.
      const { items, last } = pageEnd(await store.listFigureJson(filter), limit);
      return sendJsonPage(reply, items, last ? figureCursor(JSON.parse(last) as StoredFigureRecord) : null);
    },
  );
};

/** The first `limit` of `rows` (fetched one over), and their last when more follow (the next page's cursor). */
function pageEnd<T>(rows: readonly T[], limit: number): { items: T[]; last: T | undefined } {
  const items = rows.slice(0, limit);
  return { items, last: rows.length > limit ? items[items.length - 1] : undefined };
}
