/** A month with or without its year: "May 2024", "in May", the ends of "January-May 2024". */
import type { TimeParser } from '../_candidate.js';
import { isFullMonth, LEFT, MONTH_NAME, MONTH_TRIGGERS, monthNumber, RIGHT, SP, YEAR } from '../_patterns.js';

// Matches "May 2024", "Sept. 2023", "December, 2023", "May"; must not match "may 2024", "Mayor", "Mays",
// or the "February" of "February 30, 2023" (a day that is not: no month either).
const PATTERN = new RegExp(
  `${LEFT}(${MONTH_NAME})(?!${SP}\\d{1,2}(?:st|nd|rd|th)?(?!\\d))(?:,?${SP}(${YEAR}))?${RIGHT}`,
  'gu',
);

/** "May 2024" is May 2024; a bare "May" needs a cue ("in May", "January-May"); "Jan" alone is more often a name. */
export const month: TimeParser = {
  name: 'month',
  pattern: PATTERN,
  triggers: MONTH_TRIGGERS,
  build(match) {
    const name = match[1] ?? '';
    const yearText = match[2];
    if (yearText === undefined && !isFullMonth(name)) return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      when: {
        unit: 'month',
        year: yearText === undefined ? { kind: 'implied' } : { kind: 'abs', year: Number(yearText) },
        month: monthNumber(name),
      },
      role: 'point',
      needsCue: yearText === undefined,
    };
  },
};
