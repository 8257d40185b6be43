import type pg from 'pg';
import { searchClauses } from '../search-terms.js';
import type { SearchHit, SearchOptions } from '../store.js';
import { createParams, pageOf } from './params.js';
import { HEADLINE_OPTIONS, normalizePhrase, restoreSnippet } from './snippet.js';
import { tsQuery } from './ts-query.js';

/** Title matches weigh twice text matches (weights for D, C, B, A), as the SQLite store's bm25(2.0, 1.0). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.5, 1.0}';

interface HitRow extends Omit<SearchHit, 'snippet'> {
  text: string;
  headline: string;
}

/**
 * Full-text search over titles and text, best first; a query with nothing searchable in it finds nothing.
 * `rank` is the negated ts_rank, so that lower is better as with SQLite's bm25. Snippets are made for the page
 * of hits only.
 */
export async function searchDocuments(
  client: pg.ClientBase,
  query: string,
  options: SearchOptions,
): Promise<SearchHit[]> {
  const p = createParams();
  const match = tsQuery(query, p);
  if (!match) return [];
  const { limit } = pageOf({ limit: options.limit ?? 20 });
  const { rows } = await client.query<HitRow>(
    `WITH hits AS (
       SELECT d.id, d.title, d.outlet, d.published, d.source, d.text,
              -ts_rank('${RANK_WEIGHTS}', d.search, q.query) AS rank, q.query
       FROM documents d, (SELECT ${match} AS query) q
       WHERE d.search @@ q.query
       ORDER BY rank, d.id LIMIT ${p(limit)})
     SELECT id, title, outlet, published, source, text, rank,
            ts_headline('simple', accord_fold(text), query, ${p(HEADLINE_OPTIONS)}) AS headline
     FROM hits ORDER BY rank, id`,
    p.values,
  );
  const mark = options.mark ?? ['[', ']'];
  const phrases = searchClauses(query)
    .flat()
    .map((term) => normalizePhrase(term.text))
    .filter((text) => text.includes(' '));
  return rows.map(({ text, headline, ...hit }) => ({
    ...hit,
    snippet: restoreSnippet(text, headline, mark, phrases),
  }));
}
