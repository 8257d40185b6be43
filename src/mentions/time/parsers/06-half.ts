/** Half years: "the first half of 2024", "H1 2024", "1H 2024", "2024 H1", "the second half of the year". */
import type { TimeParser } from '../_candidate.js';
import { extendLeft, LEFT, parseYearRef, RIGHT, SP, THE_BEFORE, YEAR, YEAR_REF } from '../_patterns.js';
import { H_DIGIT } from '../_triggers.js';

// Matches "H1 2024", "1H 2024", "2024 H2", "H1"; must not match "H3", "H1N1" or "2024H1B".
const CODE = new RegExp(
  `${LEFT}(?:(?:H([12])|([12])H)(?:\\s{0,2}(${YEAR}))?|(${YEAR})\\s?[-/]?\\s?H([12]))${RIGHT}`,
  'gu',
);

// Matches "first half of 2024", "second half of the year", "first-half"; must not match "first half of the match" or "half a year".
const WORDS = new RegExp(
  `${LEFT}(first|second|1st|2nd)(?:${SP}|-)half(?:${SP}of${SP}${YEAR_REF}|(?!${SP}of${RIGHT}))${RIGHT}`,
  'gi',
);

/** "H1 2024" is 2024-H1; "H1" alone is the report's year. */
export const halfCode: TimeParser = {
  name: 'half-code',
  pattern: CODE,
  triggers: [H_DIGIT],
  build(match) {
    const half = Number(match[1] ?? match[2] ?? match[5]);
    return {
      start: match.index,
      end: match.index + match[0].length,
      when: { unit: 'half', year: parseYearRef(match[3] ?? match[4]), half },
      role: 'point',
      needsCue: false,
    };
  },
};

/** "the first half of 2024" is 2024-H1; "the first half" alone needs a cue ("in the first half"). */
export const halfWords: TimeParser = {
  name: 'half-words',
  pattern: WORDS,
  triggers: ['half'],
  build(match, text) {
    const word = (match[1] ?? '').toLowerCase();
    const yearText = match[2];
    return {
      start: extendLeft(text, match.index, THE_BEFORE),
      end: match.index + match[0].length,
      when: {
        unit: 'half',
        year: parseYearRef(yearText),
        half: word.startsWith('f') || word === '1st' ? 1 : 2,
      },
      role: 'point',
      needsCue: yearText === undefined,
    };
  },
};
