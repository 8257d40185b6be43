/** Runs of years written with a dash or slash: "2019-2023", "2019–2023", fiscal "2012-13", "FY2023/24". */
import type { TimeParser } from '../_candidate.js';
import { YEAR } from '../_patterns.js';
import { YEAR_DASH } from '../_triggers.js';
import { yearStart } from './_year-start.js';

// Matches "2019-2023", "2012-13", "2023/24", "2019 – 2023"; must not match "2019-2023.5", "2019-20234" or "2019-2023-1".
const PATTERN = new RegExp(
  `(${YEAR})\\s{0,2}[-–—/]\\s{0,2}((?:1[89]|2[01])?\\d\\d)(?![\\p{L}\\p{N}_]|[.,/-]\\d)`,
  'gu',
);

/** The second year of "2012-13" in full (2013), or null when it does not follow the first ("2024-07"). */
function secondYear(first: number, text: string): number | null {
  if (text.length === 4) {
    const year = Number(text);
    return year > first ? year : null;
  }
  const short = Number(text);
  const sameCentury = first - (first % 100) + short;
  if (sameCentury > first) return sameCentury;
  return short === (first + 1) % 100 ? first + 1 : null;
}

/** "2019-2023" is a span 2019-01-01..2023-12-31; "2012-13" is 2012-2013; "$2019-2023" is not a time. */
export const yearRange: TimeParser = {
  name: 'year-range',
  pattern: PATTERN,
  triggers: [YEAR_DASH],
  wordStart: false,
  build(match, text) {
    const start = yearStart(text, match.index);
    const first = Number(match[1]);
    const second = secondYear(first, match[2] ?? '');
    if (start === null || second === null) return null;
    return {
      start: start.start,
      end: match.index + match[0].length,
      when: {
        unit: 'range',
        from: { unit: 'year', year: { kind: 'abs', year: first } },
        to: { unit: 'year', year: { kind: 'abs', year: second } },
      },
      role: 'span',
      needsCue: false,
    };
  },
};
