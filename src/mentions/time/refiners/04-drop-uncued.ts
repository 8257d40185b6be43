/**
 * Drops bare years and month names that nothing marks as times. Kept: after a preposition ("in 2023"),
 * after "of"/"from"/"between" ("the end of 2023"), in a list after a kept time ("in 2022 and 2023"), or alone in a
 * table cell ("Indicator | 2022 | 2023").
 * Dropped: "Agenda 2030", "the 2030 Agenda", "2023 saw", "May" alone.
 */
import type { Candidate, TimeRefiner } from '../_candidate.js';
import { alternation, SP } from '../_patterns.js';
import { LIST_WORDS, YEAR_CUES } from '../lang/en.js';

// Matches "of " and "from  " at the end of the text before a year; must not match "proof " or "of the ".
const CUE = new RegExp(`(?<![\\p{L}\\p{N}_])${alternation(YEAR_CUES)}${SP}$`, 'iu');

// Matches ", ", " and ", ", and in " between two times; must not match " the " or ", the ".
const LIST_GAP = new RegExp(`^(?:,\\s{1,3}|,?${SP}${alternation(LIST_WORDS)}(?:${SP}in)?${SP})$`, 'iu');

/** Longest text looked at before a candidate. */
const LOOK_BACK = 12;

/** Most spaces between a table cell's edge and its text. */
const CELL_PADDING = 2;

/** True for a cell edge at text[i]: the "|" between cells, or the line's end when a "|" is on the other side. */
function isCellEdge(text: string, i: number): boolean {
  return i < 0 || i >= text.length || text.charCodeAt(i) === 124;
}

/**
 * True when the candidate fills a table cell by itself: "2023" in the heading row "Indicator | 2022 | 2023" (a
 * column heading is as much a cue as "in"). A "|" must stand on at least one side; "2023 as % of 2022" is no cell
 * of one year.
 */
function fillsCell(text: string, start: number, end: number): boolean {
  let before = start - 1;
  for (let pad = 0; pad < CELL_PADDING && text.charCodeAt(before) === 32; pad++) before--;
  let after = end;
  for (let pad = 0; pad < CELL_PADDING && text.charCodeAt(after) === 32; pad++) after++;
  if (!isCellEdge(text, before) || !isCellEdge(text, after)) return false;
  return text.charCodeAt(before) === 124 || text.charCodeAt(after) === 124;
}

/** Keeps cued candidates: "in 2022 and 2023" keeps both years, "Agenda 2030" drops its year. */
export const dropUncued: TimeRefiner = (candidates, text) => {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = kept[kept.length - 1];
    const cued =
      !candidate.needsCue ||
      candidate.preposition !== null ||
      fillsCell(text, candidate.start, candidate.end) ||
      CUE.test(text.slice(Math.max(0, candidate.start - LOOK_BACK), candidate.start)) ||
      (previous !== undefined &&
        candidate.start - previous.end <= LOOK_BACK &&
        LIST_GAP.test(text.slice(previous.end, candidate.start)));
    if (cued) kept.push(candidate);
  }
  return kept;
};
