import { searchClauses } from '../search-terms.js';
import type { Params } from './params.js';

/**
 * Turns what a user types into a PostgreSQL tsquery expression with the same reading as SQLite's FTS5 query
 * (search-terms.ts): each word or quoted phrase is a phrase query, a trailing * a prefix query, clauses joined by
 * OR, terms within a clause by AND. Terms travel as parameters and are folded (accents removed) as the index is.
 */

/** `tsQuery('kazakh* OR "joint statement"', p)` is an SQL tsquery expression; null when nothing is searchable. */
export function tsQuery(input: string, p: Params): string | null {
  const clauses = searchClauses(input).map((clause) =>
    clause
      .map((term) =>
        term.isPrefix
          ? `to_tsquery('simple', quote_literal(accord_fold(${p(term.text)})) || ':*')`
          : `phraseto_tsquery('simple', accord_fold(${p(term.text)}))`,
      )
      .join(' && '),
  );
  if (clauses.length === 0) return null;
  return clauses.map((clause) => `(${clause})`).join(' || ');
}
