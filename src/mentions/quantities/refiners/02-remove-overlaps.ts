/** Refiner 2: keeps candidates sorted and disjoint; of two that overlap, the longer (then the earlier) stays. */
import type { Candidate } from '../types.js';

/** removeOverlaps([{0..5}, {3..9}]) keeps {3..9}: the longer span. */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) out.push(c);
    else if (c.end - c.start > last.end - last.start) out[out.length - 1] = c;
  }
  return out;
}
