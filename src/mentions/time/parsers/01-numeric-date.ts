/** Numeric dates: "2024-07-03", "2024/07/03", "03.07.2024" (day first, as in Europe and Russia). */
import type { TimeParser } from '../_candidate.js';
import { DOT_YEAR, YEAR_DASH } from '../_triggers.js';
import { isValidDate } from '../resolve.js';

// Matches "2024-07-03", "2024/7/3", "03.07.2024"; must not match "2024-07-03-1", "12.5.20245" or "x2024-07-03".
const PATTERN = /\b(?:(\d{4})([-/])(\d{1,2})\2(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?![\p{N}]|[.,/-]\d)/gu;

// Matches the "." of "1.03.07.2024" and the "-" of "1-2024-07-03" before a date; must not match " " or "(".
const JOINED = /[./-]/;

/** "03.07.2024" is 3 July 2024; "2024-02-30" is no date. */
export const numericDate: TimeParser = {
  name: 'numeric-date',
  pattern: PATTERN,
  triggers: [YEAR_DASH, DOT_YEAR],
  build(match, text) {
    if (JOINED.test(text.charAt(match.index - 1))) return null;
    const year = Number(match[1] ?? match[7]);
    const month = Number(match[3] ?? match[6]);
    const day = Number(match[4] ?? match[5]);
    if (!isValidDate(year, month, day)) return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      when: { unit: 'day', year: { kind: 'abs', year }, month, day },
      role: 'point',
      needsCue: false,
    };
  },
};
