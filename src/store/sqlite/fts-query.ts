import { searchClauses } from '../search-terms.js';

/**
 * Turns what a user types into a safe FTS5 query (see search-terms.ts for how input is read): terms become
 * quoted strings joined by AND, clauses by OR, a prefix term keeps its *.
 */

/** `ftsQuery('trade "joint statement" kaz*')` is `"trade" AND "joint statement" AND "kaz"*`; "" when empty. */
export function ftsQuery(input: string): string {
  return searchClauses(input)
    .map((clause) => clause.map((t) => `"${t.text}"${t.isPrefix ? '*' : ''}`).join(' AND '))
    .join(' OR ');
}
