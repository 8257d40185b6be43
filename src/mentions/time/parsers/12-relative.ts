/** Years, quarters and months relative to the report: "last year", "this month", "the previous quarter", "next year". */
import type { TimeParser } from '../_candidate.js';
import { extendLeft, LEFT, RIGHT, SP, THE_BEFORE } from '../_patterns.js';
import type { CalendarWhen } from '../_when.js';
import { RELATIVE_OFFSETS } from '../lang/en.js';

// Matches "last year", "This month", "previous quarter", "current year"; must not match "last years", "past year" or "lastyear".
const PATTERN = new RegExp(
  `${LEFT}(last|this|next|previous|current|following)${SP}(year|month|quarter)${RIGHT}`,
  'gi',
);

/** A year, month or quarter counted from the report's: `relative('month', -1)` is {unit 'relative-month', offset -1}. */
export function relative(unit: string, offset: number): CalendarWhen {
  if (unit.startsWith('month')) return { unit: 'relative-month', offset };
  if (unit.startsWith('quarter')) return { unit: 'relative-quarter', offset };
  return { unit: 'year', year: { kind: 'rel', offset } };
}

/** "last year" in a report of 2024 is 2023; "the last year" is a past span (not here); "the previous year" is 2023 too. */
export const relativePoint: TimeParser = {
  name: 'relative',
  pattern: PATTERN,
  triggers: ['year', 'month', 'quarter'],
  build(match, text) {
    const word = (match[1] ?? '').toLowerCase();
    const start = extendLeft(text, match.index, THE_BEFORE);
    if (word === 'last' && start < match.index) return null;
    return {
      start,
      end: match.index + match[0].length,
      when: relative((match[2] ?? '').toLowerCase(), RELATIVE_OFFSETS[word] ?? 0),
      role: 'point',
      needsCue: false,
    };
  },
};
