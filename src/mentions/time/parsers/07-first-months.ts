/** Leading or trailing months of a year: "the first five months of 2024", "the first nine months", "the last three months of 2023". */
import type { TimeParser } from '../_candidate.js';
import {
  COUNT,
  extendLeft,
  LEFT,
  parseCount,
  parseYearRef,
  RIGHT,
  SP,
  THE_BEFORE,
  YEAR_REF,
} from '../_patterns.js';

// Matches "first five months of 2024", "first 9 months", "the first three quarters of last year"; must not match "the first five months of the war" or "the first months".
const PATTERN = new RegExp(
  `${LEFT}(first|last|final)${SP}(${COUNT})${SP}(months|quarters)(?:${SP}of${SP}${YEAR_REF}|(?!${SP}of${RIGHT}))${RIGHT}`,
  'gi',
);

/** "the first five months" is January-May of the report's year; "the last three months" without a year is a past span (not here). */
export const firstMonths: TimeParser = {
  name: 'first-months',
  pattern: PATTERN,
  triggers: ['months', 'quarters'],
  build(match, text) {
    const leading = (match[1] ?? '').toLowerCase() === 'first';
    const count = parseCount(match[2]);
    const months = (count ?? 0) * ((match[3] ?? '').toLowerCase() === 'quarters' ? 3 : 1);
    const yearText = match[4];
    if (months < 1 || months > 12 || (!leading && yearText === undefined)) return null;
    return {
      start: extendLeft(text, match.index, THE_BEFORE),
      end: match.index + match[0].length,
      when: {
        unit: 'months',
        year: parseYearRef(yearText),
        from: leading ? 1 : 13 - months,
        to: leading ? months : 12,
      },
      role: 'point',
      needsCue: false,
    };
  },
};
