/** Points counted back from the report: "a year ago", "two years ago", "three months ago", "a decade ago". */
import type { TimeParser } from '../_candidate.js';
import { COUNT, LEFT, parseCount, RIGHT, SP } from '../_patterns.js';
import { relative } from './12-relative.js';

// Matches "a year ago", "two years ago", "3 months ago"; must not match "years ago" or "a year agog".
const PATTERN = new RegExp(`${LEFT}(${COUNT})${SP}(years?|months?|decades?)${SP}ago${RIGHT}`, 'gi');

/** "two years ago" in a report of 2024 is 2022. */
export const ago: TimeParser = {
  name: 'ago',
  pattern: PATTERN,
  triggers: ['ago'],
  build(match) {
    const count = parseCount(match[1]);
    const unit = (match[2] ?? '').toLowerCase();
    if (count === null || count < 1) return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      when: unit.startsWith('decade') ? relative('year', -10 * count) : relative(unit, -count),
      role: 'point',
      needsCue: false,
    };
  },
};
