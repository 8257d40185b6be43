/** The time refiners, in order: each step's comment says why it is where it is. */
import type { TimeRefiner } from '../_candidate.js';
import { removeOverlaps } from './01-remove-overlaps.js';
import { mergeRanges } from './02-merge-ranges.js';
import { attachPrepositions } from './03-attach-prepositions.js';
import { dropUncued } from './04-drop-uncued.js';

export const REFINERS: readonly TimeRefiner[] = [
  // First: the later steps look at neighbours, which must not overlap.
  removeOverlaps,
  // Before prepositions: "from"/"between" belong to the range, not to its left end.
  mergeRanges,
  // Before dropping: a preposition is the usual cue that a bare year is a time.
  attachPrepositions,
  // Last: needs prepositions and merged ranges to judge bare years and months.
  dropUncued,
];
