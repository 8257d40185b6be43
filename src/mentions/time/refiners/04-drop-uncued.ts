/**
 * Drops bare years and month names that nothing marks as times. Kept: after a preposition ("in 2023"),
 * after "of"/"from"/"between" ("the end of 2023"), or in a list after a kept time ("in 2022 and 2023").
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

/** Keeps cued candidates: "in 2022 and 2023" keeps both years, "Agenda 2030" drops its year. */
export const dropUncued: TimeRefiner = (candidates, text) => {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = kept[kept.length - 1];
    const cued =
      !candidate.needsCue ||
      candidate.preposition !== null ||
      CUE.test(text.slice(Math.max(0, candidate.start - LOOK_BACK), candidate.start)) ||
      (previous !== undefined &&
        candidate.start - previous.end <= LOOK_BACK &&
        LIST_GAP.test(text.slice(previous.end, candidate.start)));
    if (cued) kept.push(candidate);
  }
  return kept;
};
