import { Type } from '@sinclair/typebox';
import type { SearchHit } from '../../store/store.js';
import type { RoutePlugin } from '../_context.js';
import { sendPage } from '../csv.js';
import { pageFrom } from '../pagination.js';
import { listParams, listResponses } from '../schemas/common.js';
import { SearchHit as SearchHitSchema } from '../schemas/records.js';

// Private-use characters mark matches inside the store's snippets; documents are normalized text, which holds none.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** Deepest hit a search pages to: ranking more rows than this costs more than any reader pages through. */
const MAX_HITS = 10_000;

const Query = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: 500,
    description: 'words, "a phrase", prefix*, OR between terms',
  }),
  ...listParams,
});

/** A snippet with marked matches as plain text and the matched ranges: `"a \uE000b\uE001"` is "a b" with [2, 3]. */
export function readSnippet(marked: string): {
  snippet: string;
  highlights: Array<{ start: number; end: number }>;
} {
  let snippet = '';
  const highlights: Array<{ start: number; end: number }> = [];
  let start = -1;
  for (const char of marked) {
    if (char === OPEN) {
      start = snippet.length;
    } else if (char === CLOSE) {
      if (start >= 0) highlights.push({ start, end: snippet.length });
      start = -1;
    } else {
      snippet += char;
    }
  }
  return { snippet, highlights };
}

const toHit = (hit: SearchHit) => ({ ...hit, ...readSnippet(hit.snippet) });

/** GET /api/search?q=: full-text search over stored documents, best first. */
export const searchRoutes: RoutePlugin = async (app, { store }) => {
  app.get(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search, best first, with match ranges in each snippet',
        tags: ['documents'],
        querystring: Query,
        response: listResponses(SearchHitSchema),
      },
    },
    async (request, reply) => {
      const page = await pageFrom(request.query, async (offset, count) => {
        const limit = Math.min(offset + count, MAX_HITS);
        const hits = await store.searchDocuments(request.query.q, { limit, mark: [OPEN, CLOSE] });
        return hits.slice(offset).map(toHit);
      });
      return sendPage(request, reply, page);
    },
  );
};
