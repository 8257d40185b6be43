/** Parts of a year: "the end of 2025", "end-2025", "mid-2024", "early 2024", "late last year", "the beginning of the year". */
import type { TimeParser } from '../_candidate.js';
import { extendLeft, LEFT, parseYearRef, RIGHT, SP, THE_BEFORE, YEAR, YEAR_REF } from '../_patterns.js';
import type { YearPart } from '../resolve.js';

const PARTS: Readonly<Record<string, YearPart>> = {
  beginning: 'start',
  start: 'start',
  middle: 'mid',
  end: 'end',
  close: 'end',
  early: 'early',
  mid: 'mid',
  late: 'late',
  'year-end': 'end',
};

// Matches "end of 2025", "beginning of the year", "end-2025", "mid-2024", "early 2024", "late last year";
// must not match "end of the talks", "early 20th century" or "mid-20".
const PATTERN = new RegExp(
  `${LEFT}(?:(beginning|start|middle|end|close)${SP}of${SP}${YEAR_REF}|(early|mid|late|end|year-end)(?:${SP}|\\s?-\\s?)(${YEAR}|(?:this|last|next)${SP}year))${RIGHT}`,
  'gi',
);

/** "end-2025" is December 2025 (label 'end-2025'); "early 2024" is January-April 2024. */
export const yearPart: TimeParser = {
  name: 'year-part',
  pattern: PATTERN,
  // Every match holds one of these words ("year-end" holds "end").
  triggers: ['beginning', 'start', 'middle', 'end', 'close', 'early', 'mid', 'late'],
  build(match, text) {
    const written = match[1] ?? match[3];
    const part = PARTS[(written ?? '').toLowerCase()];
    if (part === undefined) return null;
    return {
      start: match[1] === undefined ? match.index : extendLeft(text, match.index, THE_BEFORE),
      end: match.index + match[0].length,
      when: { unit: 'part', year: parseYearRef(match[2] ?? match[4]), part },
      role: 'point',
      needsCue: false,
    };
  },
};
