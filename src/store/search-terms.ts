/**
 * What a user types into a search box, read the same way by every store: words and "quoted phrases" are
 * terms, a trailing * asks for a prefix, OR between two terms joins them instead of the implied AND. Anything
 * else (a lone "-", unbalanced quotes, parentheses) is ignored, so no input can make a query fail.
 */

/** One term of a search: a word or a phrase, matched as a prefix when it ended in *. */
export interface SearchTerm {
  text: string;
  isPrefix: boolean;
}

// Matches `"joint statement"`, `trade*` and `OR`; must not match a lone "(" or "-".
const TERM = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}_'’]*)(\*?)/gu;

/**
 * The terms of a query as alternatives of conjunctions (AND binds tighter than OR, as in FTS5):
 * `searchClauses('trade china OR kaz*')` is `[[trade, china], [kaz*]]`; `[]` when nothing is searchable.
 */
export function searchClauses(input: string): SearchTerm[][] {
  const clauses: SearchTerm[][] = [];
  let pendingOr = false;
  for (const match of input.matchAll(TERM)) {
    const [, phrase, word, star] = match;
    if (word === 'OR' && clauses.length > 0) {
      pendingOr = true;
      continue;
    }
    const text = (phrase ?? word ?? '').replace(/"/g, '').trim();
    if (!text) continue;
    const term = { text, isPrefix: Boolean(star) };
    const last = clauses.at(-1);
    if (!last || pendingOr) clauses.push([term]);
    else last.push(term);
    pendingOr = false;
  }
  return clauses;
}
