/** Decades: "the 2020s", "the 1990's". */
import type { TimeParser } from '../_candidate.js';
import { extendLeft, LEFT, RIGHT, THE_BEFORE } from '../_patterns.js';
import { DECADE_DIGITS } from '../_triggers.js';

// Matches "2020s", "1990's"; must not match "2025s", "20s" or "12020s".
const PATTERN = new RegExp(`${LEFT}((?:1[89]|2[01])\\d0)['’]?s${RIGHT}`, 'gu');

// Matches "$" and "€" right before a number; must not match " " or "(".
const CURRENCY = /[$€£¥₸₽]/;

/** "the 2020s" is 2020-01-01..2029-12-31; "$1990s" is money. */
export const decade: TimeParser = {
  name: 'decade',
  pattern: PATTERN,
  triggers: [DECADE_DIGITS],
  build(match, text) {
    if (CURRENCY.test(text.charAt(match.index - 1))) return null;
    return {
      start: extendLeft(text, match.index, THE_BEFORE),
      end: match.index + match[0].length,
      when: { unit: 'decade', first: Number(match[1]) },
      role: 'point',
      needsCue: false,
    };
  },
};
