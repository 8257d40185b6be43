/**
 * Refiner 9: the change the quantity states ({factor: 2} for "doubled to $1 billion"), as its own object. A share is
 * not a change of itself: "makes up 60% of" read as "up 60%" keeps no change.
 */
import type { FigureRefiner } from '../_draft.js';

export const setChange: FigureRefiner = (drafts) => {
  for (const draft of drafts) {
    const change = draft.quantity.change;
    const selfShare =
      draft.kind === 'share' && change?.percent !== undefined && Math.abs(change.percent) === draft.value;
    draft.change = change && !selfShare ? { ...change } : null;
  }
  return drafts;
};
