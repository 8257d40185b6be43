/** Deadlines counted from the report: "within five years", "in the next three years", "over the next decade". */
import type { TimeParser } from '../_candidate.js';
import { COUNT, extendLeft, LEFT, parseCount, RIGHT, SP, THE_BEFORE, wordsBefore } from '../_patterns.js';

// Matches "within five years", "within the next 3 years", "next decade", "coming two years";
// must not match "next year" (a point: see relative), "within reach" or "next years".
const PATTERN = new RegExp(
  `${LEFT}(?:within${SP}(?:the${SP}(?:next|coming)${SP})?(${COUNT})${SP}(years?|months?|decades?)|(?:next|coming)${SP}(?:(${COUNT})${SP})?(years?|months?|decades?))${RIGHT}`,
  'gi',
);

/** Words that may open "the next five years" and belong to its text. */
const OPENERS = wordsBefore(['in', 'over', 'during', 'for', 'within']);

/** "within five years" of a report of 2024-07-03 ends 2029-07-03 (label 'within 5 years'). */
export const within: TimeParser = {
  name: 'within',
  pattern: PATTERN,
  triggers: ['within', 'next', 'coming'],
  build(match, text) {
    const countText = match[1] ?? match[3];
    const unit = (match[2] ?? match[4] ?? '').toLowerCase();
    if (countText === undefined && (unit.endsWith('s') || !unit.startsWith('decade'))) return null;
    const count = countText === undefined ? 1 : parseCount(countText);
    if (count === null || count < 1) return null;
    const start =
      match[1] === undefined
        ? extendLeft(text, extendLeft(text, match.index, THE_BEFORE), OPENERS)
        : match.index;
    return {
      start,
      end: match.index + match[0].length,
      when: {
        unit: 'within',
        amount: unit.startsWith('decade') ? count * 10 : count,
        of: unit.startsWith('month') ? 'month' : 'year',
      },
      role: 'deadline',
      needsCue: false,
    };
  },
};
