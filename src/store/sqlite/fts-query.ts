/**
 * Turns what a user types into a safe FTS5 query: words and "quoted phrases" become quoted terms joined by
 * AND, a trailing * keeps prefix search, OR between terms is kept. FTS5 operators typed by accident
 * (a lone "-", unbalanced quotes, parentheses) can no longer make the query fail.
 */

// Matches `"joint statement"`, `trade*` and `OR`; must not match a lone "(" or "-".
const TERM = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}_'’]*)(\*?)/gu;

/** `ftsQuery('trade "joint statement" kaz*')` is `"trade" AND "joint statement" AND "kaz"*`; "" when empty. */
export function ftsQuery(input: string): string {
  const parts: string[] = [];
  let pendingOr = false;
  for (const match of input.matchAll(TERM)) {
    const [, phrase, word, star] = match;
    if (word === 'OR' && parts.length > 0) {
      pendingOr = true;
      continue;
    }
    const text = (phrase ?? word ?? '').replace(/"/g, '').trim();
    if (!text) continue;
    const term = `"${text}"${star ? '*' : ''}`;
    if (parts.length > 0) parts.push(pendingOr ? 'OR' : 'AND');
    parts.push(term);
    pendingOr = false;
  }
  return parts.join(' ');
}
