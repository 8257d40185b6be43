/** Quarters: "Q3 2023", "3Q 2023", "2023 Q3", "the third quarter of 2023", "third-quarter", "Q1". */
import type { TimeParser } from '../_candidate.js';
import {
  alternation,
  extendLeft,
  LEFT,
  parseYearRef,
  RIGHT,
  SP,
  THE_BEFORE,
  YEAR,
  YEAR_REF,
} from '../_patterns.js';
import { Q_DIGIT } from '../_triggers.js';
import { ORDINALS } from '../lang/en.js';

// Matches "Q3 2023", "3Q 2023", "2023 Q3", "2023-Q3", "Q1"; must not match "Q5", "Q32" or "HQ3".
const CODE = new RegExp(
  `${LEFT}(?:(?:Q([1-4])|([1-4])Q)(?:\\s{0,2}(${YEAR}))?|(${YEAR})\\s?[-/]?\\s?Q([1-4]))${RIGHT}`,
  'gu',
);

// Matches "third quarter of 2023", "3rd quarter of last year", "fourth-quarter"; must not match "a quarter of the staff".
const WORDS = new RegExp(
  `${LEFT}(${alternation(Object.keys(ORDINALS))}|last|final)(?:${SP}|-)quarter(?:${SP}of${SP}${YEAR_REF}|(?!${SP}of${RIGHT}))${RIGHT}`,
  'gi',
);

/** "Q3 2023" is 2023-Q3; "Q3" alone is the report's year. */
export const quarterCode: TimeParser = {
  name: 'quarter-code',
  pattern: CODE,
  triggers: [Q_DIGIT],
  build(match) {
    const quarter = Number(match[1] ?? match[2] ?? match[5]);
    const yearText = match[3] ?? match[4];
    return {
      start: match.index,
      end: match.index + match[0].length,
      when: { unit: 'quarter', year: parseYearRef(yearText), quarter },
      role: 'point',
      needsCue: false,
    };
  },
};

/** "the third quarter of 2023" is 2023-Q3; "the third quarter" alone needs a cue; "last quarter" is relative (not here). */
export const quarterWords: TimeParser = {
  name: 'quarter-words',
  pattern: WORDS,
  triggers: ['quarter'],
  build(match, text) {
    const word = (match[1] ?? '').toLowerCase();
    const yearText = match[2];
    const quarter = ORDINALS[word];
    if (quarter === undefined && yearText === undefined) return null;
    return {
      start: extendLeft(text, match.index, THE_BEFORE),
      end: match.index + match[0].length,
      when: { unit: 'quarter', year: parseYearRef(yearText), quarter: quarter ?? 4 },
      role: 'point',
      needsCue: yearText === undefined,
    };
  },
};
