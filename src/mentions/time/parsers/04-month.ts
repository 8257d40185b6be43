/** A month with or without its year: "May 2024", "in May", the ends of "January-May 2024". */
import type { TimeParser } from '../_candidate.js';
import { alternation, LEFT, MONTH_HINT, RIGHT, SP, YEAR } from '../_patterns.js';
import { MONTHS } from '../lang/en.js';

// Matches "May 2024", "Sept. 2023", "December, 2023", "May"; must not match "may 2024", "Mayor" or "Mays".
const PATTERN = new RegExp(`${LEFT}(${alternation(Object.keys(MONTHS))})\\.?(?:,?${SP}(${YEAR}))?${RIGHT}`, 'gu');

/** Abbreviations are months only with a year ("Jan 2024"): "Jan" alone is more often a name. */
const FULL_NAMES = new Set(Object.keys(MONTHS).filter((name) => name.length > 4 || name === 'May' || name === 'June' || name === 'July'));

/** "May 2024" is May 2024; a bare "May" needs a cue ("in May", "January-May"). */
export const month: TimeParser = {
  name: 'month',
  pattern: PATTERN,
  worthTrying: MONTH_HINT,
  build(match) {
    const name = match[1] ?? '';
    const yearText = match[2];
    if (yearText === undefined && !FULL_NAMES.has(name)) return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      when: {
        unit: 'month',
        year: yearText === undefined ? { kind: 'implied' } : { kind: 'abs', year: Number(yearText) },
        month: MONTHS[name] ?? 1,
      },
      role: 'point',
      needsCue: yearText === undefined,
    };
  },
};
