/**
 * Refiner 10: the change the quantity states ({factor: 2} for "doubled to $1 billion"), as its own object, or the
 * change a percent states with a noun when the figure is a change ("a 15% increase", "6% more than", "a 5% decline").
 * A share is not a change of itself: "makes up 60% of" read as "up 60%" keeps no change.
 */
import type { FigureRefiner } from '../_draft.js';
import { nounChange } from './_cues.js';

export const setChange: FigureRefiner = (drafts) => {
  for (const draft of drafts) {
    // A table cell's change comes from its headings (refiner 2).
    if (draft.cell) continue;
    const change = draft.quantity.change;
    const selfShare =
      draft.kind === 'share' && change?.percent !== undefined && Math.abs(change.percent) === draft.value;
    if (change) draft.change = selfShare ? null : { ...change };
    else draft.change = draft.kind === 'change' ? nounChange(draft) : null;
  }
  return drafts;
};
