/**
 * Refiner 8: figures that lean on an earlier one. "double this figure" is 2 x the last figure, in its unit, with its
 * measure, indicator, parties and direction; "to double trade" is 2 x the last trade figure (value null when there is
 * none); "it is expected to reach $50 billion" takes the last figure's measure; "up 20%" right after "$41 billion"
 * takes the measure of the figure before it in the sentence. A reference to nothing, with no measure, is dropped.
 */
import type { Draft, FigureRefiner } from '../_draft.js';

/** How many sentences back a "this figure" may point. */
const MAX_SENTENCES_BACK = 2;

/** A figure later ones may refer to: a level with a measure, not a change or share. */
function isAnchor(draft: Draft): boolean {
  return (
    draft.value !== null && draft.measure !== null && (draft.kind === 'actual' || draft.kind === 'target')
  );
}

function copyReferent(draft: Draft, referent: Draft): void {
  draft.measure = referent.measure;
  draft.indicator = referent.indicator;
  draft.parties = [...referent.parties];
  draft.direction = referent.direction ? { ...referent.direction } : null;
}

/** The latest anchor within reach, with the same indicator when the draft names its own measure. */
function findReferent(anchors: Draft[], draft: Draft): Draft | null {
  const index = draft.view.sentence.index;
  for (let i = anchors.length - 1; i >= 0; i--) {
    const anchor = anchors[i] as Draft;
    if (index - anchor.view.sentence.index > MAX_SENTENCES_BACK) return null;
    if (draft.measure === null || draft.indicator === null || anchor.indicator === draft.indicator)
      return anchor;
  }
  return null;
}

export const resolveReferences: FigureRefiner = (drafts, env) => {
  const anchors: Draft[] = [];
  let previous: Draft | null = null;
  for (const draft of drafts) {
    if (draft.refersBack) {
      const referent = findReferent(anchors, draft);
      if (referent) {
        copyReferent(draft, referent);
        const factor = draft.quantity.isMultiplier ? draft.quantity.change?.factor : undefined;
        if (factor !== undefined && referent.value !== null) {
          draft.value = factor * referent.value;
          draft.unit = referent.unit;
        }
      } else if (draft.measure === null) {
        draft.dropped = 'refers to no earlier figure';
        env.ctx.debug(() => `figures: "${draft.quantity.text}" dropped: refers to no earlier figure`);
      }
    } else if (
      draft.measure === null &&
      previous &&
      previous.view === draft.view &&
      previous.measure !== null
    ) {
      copyReferent(draft, previous);
    }
    if (isAnchor(draft)) anchors.push(draft);
    previous = draft;
  }
  return drafts.filter((draft) => draft.dropped === null);
};
