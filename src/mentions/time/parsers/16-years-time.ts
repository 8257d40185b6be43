/** Deadlines written as "in five years' time", "in 18 months' time". */
import type { TimeParser } from '../_candidate.js';
import { COUNT, extendLeft, LEFT, parseCount, RIGHT, SP, wordsBefore } from '../_patterns.js';

// Matches "five years' time", "18 months’ time", "a year's time"; must not match "five years" or "five times".
const PATTERN = new RegExp(`${LEFT}(${COUNT})${SP}(years?|months?)['’]s?${SP}time${RIGHT}`, 'gi');

/** "in" must open it: "in five years" alone is often a past ("the first time in five years"). */
const IN = wordsBefore(['in', 'within']);

/** "in five years' time" of a report of 2024-07-03 ends 2029-07-03 (label 'within 5 years'). */
export const yearsTime: TimeParser = {
  name: 'years-time',
  pattern: PATTERN,
  triggers: ['time'],
  build(match, text) {
    const count = parseCount(match[1]);
    const start = extendLeft(text, match.index, IN);
    if (count === null || count < 1 || start === match.index) return null;
    return {
      start,
      end: match.index + match[0].length,
      when: {
        unit: 'within',
        amount: count,
        of: (match[2] ?? '').toLowerCase().startsWith('month') ? 'month' : 'year',
      },
      role: 'deadline',
      needsCue: false,
    };
  },
};
