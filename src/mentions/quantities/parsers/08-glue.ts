/**
 * Step 8: what touches the end of the amount. A letter or digit glued to it makes the token a name ("5G", "737MAX",
 * "30th", "1990s"); a hyphenated word that is not a unit makes it an adjective ("25-year", "5-star"); a plus sign
 * means "more than" ("4,000+ students").
 */
import { isAlnum, isLetter, wordAt } from '../_chars.js';
import type { Amount } from '../types.js';
import type { Env } from './env.js';

/** Marks glued tokens and hyphen compounds; reads a trailing "+" as approx 'over'. */
export function readGlue(text: string, a: Amount, env: Env): boolean {
  if (env.L.lang.spaceless) return true;
  const c = text.charCodeAt(a.end);
  if (isAlnum(c)) {
    a.glued = true;
    return true;
  }
  if ((c === 45 || c === 0x2010) && isLetter(text.charCodeAt(a.end + 1))) {
    const w = wordAt(text, a.end + 1);
    a.hyphenWord = w ? w.lower : '?';
    return true;
  }
  if (c === 43 && !isAlnum(text.charCodeAt(a.end + 1)) && a.unitKind !== 'money') {
    a.approx = 'over';
    a.end += 1;
  }
  return true;
}
