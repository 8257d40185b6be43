/**
 * Refiner 5: the kind of each figure from its wording: target (plans, "will", "expected to", a multiplier that
 * refers to an earlier figure) before share ("30% of") before change ("up 20%" with no level) before actual.
 * The period refiner after it may still turn an actual into a target when its time is a deadline ("by 2030").
 */
import type { FigureRefiner } from '../_draft.js';
import { hasTargetCue, isChangeOnly, isShare } from './_cues.js';

export const findKind: FigureRefiner = (drafts) => {
  for (const draft of drafts) {
    // A table cell's kind comes from its headings (refiner 2).
    if (draft.cell) continue;
    // A multiplier that refers back ("double this figure") is a plan; "doubled last year" is a change.
    if ((draft.quantity.isMultiplier && draft.refersBack) || hasTargetCue(draft)) draft.kind = 'target';
    else if (isShare(draft)) draft.kind = 'share';
    else if (isChangeOnly(draft)) draft.kind = 'change';
    else draft.kind = 'actual';
  }
  return drafts;
};
