/**
 * A year on its own: "in 2023", "2023's", "fiscal 2023", "the year 2023". A bare year is only a
 * candidate (needsCue): the refiners keep it after a preposition, "of", "from", or in a list or range.
 */
import type { TimeParser } from '../_candidate.js';
import { alternation, YEAR } from '../_patterns.js';
import { YEAR_DIGITS } from '../_triggers.js';
import { NUMBER_FOLLOWERS } from '../lang/en.js';
import { yearStart } from './_year-start.js';

// Matches "2023" in "in 2023,", "2023's", "FY2023"; must not match "20234", "2023.5", "2023rd" or the "2019" of "2019-2023".
const PATTERN = new RegExp(`(${YEAR})(?![\\p{L}\\p{N}_]|[.,]\\d|\\s{0,2}[-–—/]\\s{0,2}\\d)`, 'gu');

// Matches " million" and "%" right after a number (sticky); must not match " in" or " and".
const FOLLOWER = new RegExp(`\\s{0,2}${alternation(NUMBER_FOLLOWERS)}(?![\\p{L}])`, 'iuy');

// Matches "'s" and "’s" after a year (sticky); must not match "'t" or "s".
const POSSESSIVE = /['’]s(?![\p{L}])/uy;

/** "fiscal 2023" and "2023's" are years; "2023 tonnes" and "$2023" are quantities; a bare "2023" needs a cue. */
export const year: TimeParser = {
  name: 'year',
  pattern: PATTERN,
  triggers: [YEAR_DIGITS],
  wordStart: false,
  build(match, text) {
    const start = yearStart(text, match.index);
    if (start === null) return null;
    const end = match.index + match[0].length;
    FOLLOWER.lastIndex = end;
    if (FOLLOWER.test(text)) return null;
    POSSESSIVE.lastIndex = end;
    const possessive = POSSESSIVE.test(text);
    return {
      start: start.start,
      end,
      when: { unit: 'year', year: { kind: 'abs', year: Number(match[1]) } },
      role: 'point',
      needsCue: !start.named && !possessive,
    };
  },
};
