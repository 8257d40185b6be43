/**
 * Parts of a year: "the end of 2025", "end-2025", "mid-2024", "early 2024", "late last year", "the beginning of the
 * year"; and seasons: "this autumn", "next spring", "the summer of 2023", "winter 2023/24", "in the spring".
 */
import type { TimeParser } from '../_candidate.js';
import { extendLeft, LEFT, parseYearRef, RIGHT, SP, THE_BEFORE, YEAR, YEAR_REF } from '../_patterns.js';
import { RELATIVE_OFFSETS } from '../lang/en.js';
import type { Season, YearPart } from '../resolve.js';

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

const SEASONS: Readonly<Record<string, Season>> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};

// Matches "this autumn", "next spring", "last fall"; "summer of 2023", "spring 2025", "winter 2023/24"; and a bare
// "spring" (kept only after a preposition: "in the spring"). Must not match "springs", "the spring of youth" or a
// bare "fall" (a noun and a verb far more often than a season).
const SEASON = new RegExp(
  `${LEFT}(?:(this|next|last)${SP}(spring|summer|autumn|fall|winter)|(spring|summer|autumn|fall|winter)(?:${SP}of)?${SP}(${YEAR})(?:/(?:\\d\\d){1,2})?|(spring|summer|autumn|winter)(?!${SP}of${RIGHT}))${RIGHT}`,
  'gi',
);

/**
 * "this autumn" in a report of 2024 is 2024-autumn (September to November); "next spring" is 2025-spring; "the winter
 * of 2023" runs from December 2023 to February 2024. A bare season needs a preposition ("in spring"): "hot springs"
 * and "spring water" are no times.
 */
export const season: TimeParser = {
  name: 'season',
  pattern: SEASON,
  triggers: ['spring', 'summer', 'autumn', 'fall', 'winter'],
  build(match, text) {
    const relative = match[1]?.toLowerCase();
    const name = SEASONS[(match[2] ?? match[3] ?? match[5] ?? '').toLowerCase()];
    if (name === undefined) return null;
    const start = extendLeft(text, match.index, THE_BEFORE);
    // "the last winter" is a span of the past months, not last year's winter.
    if (relative === 'last' && start < match.index) return null;
    const year =
      relative !== undefined
        ? { kind: 'rel' as const, offset: RELATIVE_OFFSETS[relative] ?? 0 }
        : parseYearRef(match[4]);
    return {
      start: relative === undefined ? start : match.index,
      end: match.index + match[0].length,
      when: { unit: 'season', year, season: name },
      role: 'point',
      needsCue: match[5] !== undefined,
    };
  },
};
