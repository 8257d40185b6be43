/** Keeps one candidate where several overlap: the longest; at equal length the one found first (parser order). */
import type { TimeRefiner } from '../_candidate.js';

/** "July 3, 2024" (a date) and "2024" (a year) overlap: the date stays. Sorted by start on return. */
export const removeOverlaps: TimeRefiner = (candidates) => {
  // Stable sort: candidates of one start keep parser order, so ties go to the earlier parser.
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof candidates = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || candidate.start >= last.end) {
      kept.push(candidate);
    } else if (candidate.end - candidate.start > last.end - last.start) {
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
};
